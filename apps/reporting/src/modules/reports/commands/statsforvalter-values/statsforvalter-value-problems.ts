import {
  type FormDefinition,
  pointsFilledBy,
  type Problem,
  type ReportValues,
  validateReport,
} from '@bvr/report-forms';

/** The form's problem codes, and one of the service's: a point the Statsforvalter does not fill. */
export type StatsforvalterProblem =
  | Problem
  | {
      readonly pointId: string;
      readonly code: 'NOT_FILLED_BY_STATSFORVALTER';
      readonly message: string;
    };

/**
 * What is wrong with the Statsforvalter's answers during control. Only the points the Statsforvalter
 * fills may be given; they are judged by the form's rules together with the unit's frozen answers
 * (so U3 is compared with U2 as submitted). Empty points are allowed: the point is optional in
 * later versions, and a report that is returned does not need it.
 */
export function statsforvalterValueProblems(
  definition: FormDefinition,
  unitValues: ReportValues,
  values: ReportValues,
): StatsforvalterProblem[] {
  const own = new Set(
    pointsFilledBy(definition, 'statsforvalter').map((point) => point.id),
  );
  const foreign = Object.keys(values)
    .filter((pointId) => !own.has(pointId))
    .map((pointId) => ({
      pointId,
      code: 'NOT_FILLED_BY_STATSFORVALTER' as const,
      message: `${pointId} fylles ikke ut av statsforvalteren. Bare ${[...own].join(', ') || 'ingen punkter'} kan fylles ut under kontrollen i versjon ${definition.version} av skjemaet.`,
    }));
  const ownValues = Object.fromEntries(
    Object.entries(values).filter(([pointId]) => own.has(pointId)),
  );
  const judged = validateReport(
    definition,
    { ...withoutOwn(unitValues, own), ...ownValues },
    { filledBy: 'statsforvalter', mode: 'draft' },
  ).filter((problem) => own.has(problem.pointId));
  return [...foreign, ...judged];
}

/** The unit's answers without any to the Statsforvalter's points (the unit may not give those). */
function withoutOwn(values: ReportValues, own: Set<string>): ReportValues {
  return Object.fromEntries(
    Object.entries(values).filter(([pointId]) => !own.has(pointId)),
  );
}
