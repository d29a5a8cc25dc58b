import {
  type FormDefinition,
  HALVARSRAPPORT_V2,
  pointsFilledBy,
  type ReportValue,
  type ReportValues,
} from '@bvr/report-forms';
import { randomUUID } from 'node:crypto';

const SAMPLE: Record<string, ReportValue> = {
  count: 0,
  decimal: 1.5,
  yesNo: false,
  text: 'Ingen merknader.',
};

/**
 * Values a unit can submit under a form version: an answer to every point the unit fills (0 for
 * counts, so no sub-point exceeds its parent), with overrides for what a test is about.
 */
export function unitReportValues(
  overrides: ReportValues = {},
  definition: FormDefinition = HALVARSRAPPORT_V2,
): Record<string, ReportValue | undefined> {
  const values: Record<string, ReportValue | undefined> = {};
  for (const point of pointsFilledBy(definition, 'unit'))
    values[point.id] = SAMPLE[point.kind];
  return { ...values, ...overrides };
}

/** A submission body with a fresh idempotency key. */
export const submission = (
  overrides: ReportValues = {},
  idempotencyKey: string = randomUUID(),
) => ({ values: unitReportValues(overrides), idempotencyKey });
