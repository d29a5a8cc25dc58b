import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import { type Half, periodName } from './reporting-period';

/** No period has this id; the HTTP layer answers 404. */
export class PeriodNotFoundError extends DomainError {
  readonly code = ErrorCode.PERIOD_NOT_FOUND;

  static withId(id: number): PeriodNotFoundError {
    return new PeriodNotFoundError(`There is no reporting period ${id}`);
  }
}

/** There is one period per half-year; the HTTP layer answers 409 and names the existing one. */
export class PeriodExistsError extends DomainError {
  readonly code = ErrorCode.PERIOD_EXISTS;

  static of(
    year: number,
    half: Half,
    existingId: number | null,
  ): PeriodExistsError {
    return new PeriodExistsError(
      `${periodName(year, half)} already exists${existingId ? ` (period ${existingId}); change that one instead` : ''}`,
      existingId ? { existingPeriodId: existingId } : undefined,
    );
  }
}
