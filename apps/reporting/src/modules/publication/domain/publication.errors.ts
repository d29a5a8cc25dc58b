import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

/** A malformed or unknown request value (unit, indicator, comparison); 400 with a Norwegian message. */
export class PublicationRequestError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
}

/** No reporting unit with that number; 404. */
export class PublicationUnitNotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;

  static of(unitId: string): PublicationUnitNotFoundError {
    return new PublicationUnitNotFoundError(
      `Finner ingen rapporteringsenhet med nummer ${unitId}.`,
    );
  }
}

/** The unit's own figures page is outside the reader's scope; 403. */
export class PublicationForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;

  static unit(unitId: string): PublicationForbiddenError {
    return new PublicationForbiddenError(
      `Du har ikke tilgang til tallene for enhet ${unitId}. Du kan sammenligne enheten i nøkkeltallene, der små tall skjules.`,
    );
  }
}
