import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import type { StatsforvalterProblem } from './statsforvalter-value-problems';

/** The Statsforvalter's answers break the form's rules; `problems[]` (Norwegian) names each point. */
export class StatsforvalterValuesInvalidError extends DomainError {
  readonly code = ErrorCode.REPORT_INVALID;

  static of(
    problems: StatsforvalterProblem[],
  ): StatsforvalterValuesInvalidError {
    return new StatsforvalterValuesInvalidError(
      `The Statsforvalter's values cannot be saved: ${problems.length} problem(s); fix the points named in problems[]`,
      { problems },
    );
  }
}
