import type {
  FilledBy,
  FormDefinition,
  FormPoint,
  ReportValue,
  ReportValues,
} from '../model/form-definition';
import { pointsFilledBy } from '../model/form-points';

const SAMPLE: Record<FormPoint['kind'], ReportValue> = {
  count: 0,
  decimal: 1.5,
  yesNo: false,
  text: 'Ingen merknader.',
};

/**
 * Test data: a valid answer for every active point a role fills (0 for counts, so that no
 * sub-point exceeds its parent), with overrides for the values a test is about.
 */
export function aReport(
  definition: FormDefinition,
  filledBy: FilledBy,
  overrides: ReportValues = {},
): Record<string, ReportValue | undefined> {
  const values: Record<string, ReportValue | undefined> = {};
  for (const point of pointsFilledBy(definition, filledBy)) {
    values[point.id] = SAMPLE[point.kind];
  }
  return { ...values, ...overrides };
}
