import {
  type FormDefinition,
  type Problem,
  type ReportValues,
  pointsFilledBy,
  isBlank,
  validateReport,
  type ValidationMode,
} from '@bvr/report-forms';

/** The form's problem codes, and one of the service's: a point the unit does not fill. */
export type ReportProblem =
  | Problem
  | {
      readonly pointId: string;
      readonly code: 'FILLED_BY_STATSFORVALTER';
      readonly message: string;
    };

/**
 * What is wrong with values a unit saves or submits: the form's rules (`draft` allows empty points,
 * `submit` demands the required ones) plus answers to points only the Statsforvalter fills, which
 * the form library leaves to the service.
 */
export function unitReportProblems(
  definition: FormDefinition,
  values: ReportValues,
  mode: ValidationMode,
): ReportProblem[] {
  const unitPoints = new Set(
    pointsFilledBy(definition, 'unit').map((point) => point.id),
  );
  const statsforvalterPoints = pointsFilledBy(definition, 'statsforvalter')
    .map((point) => point.id)
    .filter((id) => !unitPoints.has(id) && !isBlank(values[id]));
  return [
    ...validateReport(definition, values, { filledBy: 'unit', mode }),
    ...statsforvalterPoints.map((pointId) => ({
      pointId,
      code: 'FILLED_BY_STATSFORVALTER' as const,
      message: `${pointId} fylles ut av statsforvalteren under kontrollen, ikke av kommunen. Fjern verdien.`,
    })),
  ];
}
