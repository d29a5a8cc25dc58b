import type {
  FormDefinition,
  ReportValue,
  ReportValues,
} from '../model/form-definition';
import { allPoints, isBlank } from '../model/form-points';

/** One point whose answer differs between two submissions; blank answers are `null`. */
export interface ReportChange {
  readonly pointId: string;
  readonly label: string;
  readonly before: ReportValue;
  readonly after: ReportValue;
}

/**
 * What changed between two submissions of the same report, in form order, so that the
 * Statsforvalter sees what the unit corrected after a return. Blank answers (missing, `null`,
 * whitespace-only text) are all the same "no answer"; values for points the version does not
 * know are left out, as validation refuses them.
 */
export function changesBetween(
  definition: FormDefinition,
  previous: ReportValues,
  current: ReportValues,
): ReportChange[] {
  return allPoints(definition).flatMap((point) => {
    const before = normalize(previous[point.id]);
    const after = normalize(current[point.id]);
    return before === after
      ? []
      : [{ pointId: point.id, label: point.label, before, after }];
  });
}

function normalize(value: ReportValue | undefined): ReportValue {
  return value === undefined || isBlank(value) ? null : value;
}
