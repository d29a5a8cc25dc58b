import { DomainError } from '@bvr/service-kit';
import { ErrorCode } from '@bvr/contracts';

/** Asked for a unit (or a date) the reference data does not know; the HTTP layer answers 404. */
export class UnknownReferenceDataError extends DomainError {
  readonly code = ErrorCode.UNKNOWN_REFERENCE_DATA;

  static unit(
    kind: string,
    id: string,
    asOf: string,
  ): UnknownReferenceDataError {
    return new UnknownReferenceDataError(`Unknown ${kind} ${id} as of ${asOf}`);
  }

  static noVersion(
    asOf: string,
    earliest: string | null,
  ): UnknownReferenceDataError {
    return new UnknownReferenceDataError(
      earliest
        ? `No reference data is valid on ${asOf}; the earliest version is valid from ${earliest}`
        : 'No reference data has been loaded yet (run the seed command)',
    );
  }
}
