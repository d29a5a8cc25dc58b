import { HttpErrorResponse } from '@angular/common/http';
import { type FormDefinition, findPart } from '@bvr/report-forms';
import { errorCodeOf } from '../core/http/error-messages';

/**
 * One thing wrong with one point: the rules library's `Problem`, or one the service adds
 * (`FILLED_BY_STATSFORVALTER`). Both name the point in their Norwegian message.
 */
export interface PointProblem {
  readonly pointId: string;
  readonly code: string;
  readonly message: string;
}

/** The id of a point's field in the page: `punkt-A3-1` (no dot, so it also works as a CSS selector). */
export const fieldIdOf = (pointId: string): string =>
  `punkt-${pointId.replace(/\./g, '-')}`;

/** The first problem per point: the one the field shows. */
export function problemByPoint(
  problems: readonly PointProblem[],
): ReadonlyMap<string, PointProblem> {
  const byPoint = new Map<string, PointProblem>();
  for (const problem of problems)
    if (!byPoint.has(problem.pointId)) byPoint.set(problem.pointId, problem);
  return byPoint;
}

/** How many points of each part have a problem, by part number. */
export function problemCountByPart(
  definition: FormDefinition,
  problems: readonly PointProblem[],
): ReadonlyMap<number, number> {
  const counts = new Map<number, number>();
  for (const pointId of problemByPoint(problems).keys()) {
    const part = findPart(definition, pointId);
    if (part) counts.set(part.number, (counts.get(part.number) ?? 0) + 1);
  }
  return counts;
}

/** Problems that name no point shown in the form (a point of another version, say). */
export function problemsOutsideForm(
  definition: FormDefinition,
  problems: readonly PointProblem[],
): PointProblem[] {
  return problems.filter((problem) => !findPart(definition, problem.pointId));
}

const isProblem = (value: unknown): value is PointProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>)['pointId'] === 'string' &&
  typeof (value as Record<string, unknown>)['code'] === 'string' &&
  typeof (value as Record<string, unknown>)['message'] === 'string';

/**
 * The `problems[]` of a `REPORTING.REPORT_INVALID` answer (400; 422 accepted too), or null when
 * the failure is something else.
 */
export function serverProblems(error: unknown): PointProblem[] | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  if (error.status !== 400 && error.status !== 422) return null;
  if (errorCodeOf(error) !== 'REPORTING.REPORT_INVALID') return null;
  const problems = (error.error as Record<string, unknown>)['problems'];
  if (!Array.isArray(problems)) return null;
  const valid = problems.filter(isProblem);
  return valid.length > 0 ? valid : null;
}
