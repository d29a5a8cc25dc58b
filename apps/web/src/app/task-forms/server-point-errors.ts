import { HttpErrorResponse } from '@angular/common/http';
import { errorCodeOf } from '../core/http/error-messages';
import { type DecisionError, pointFieldId } from './control-rules';

/**
 * The points named by a `400 REPORTING.REPORT_INVALID` answer of the reporting service (its
 * `problems[]`, Norwegian messages), as errors on the Statsforvalter's fields; null otherwise.
 */
export function serverPointErrors(error: unknown): DecisionError[] | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  if (errorCodeOf(error) !== 'REPORTING.REPORT_INVALID') return null;
  const problems: unknown = (error.error as Record<string, unknown>)[
    'problems'
  ];
  if (!Array.isArray(problems)) return null;
  const errors = problems.flatMap((problem: unknown) => {
    if (typeof problem !== 'object' || problem === null) return [];
    const { pointId, message } = problem as Record<string, unknown>;
    return typeof pointId === 'string' && typeof message === 'string'
      ? [{ fieldId: pointFieldId(pointId), message }]
      : [];
  });
  return errors.length ? errors : null;
}
