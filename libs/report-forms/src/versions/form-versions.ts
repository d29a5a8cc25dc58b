import type { FormDefinition, ReportPeriod } from '../model/form-definition';
import { HALVARSRAPPORT_V1 } from './halvarsrapport-v1';
import { HALVARSRAPPORT_V2 } from './halvarsrapport-v2';

/** Every seeded version, oldest first. */
export const HALVARSRAPPORT_VERSIONS: readonly FormDefinition[] = [
  HALVARSRAPPORT_V1,
  HALVARSRAPPORT_V2,
];

export function formVersion(
  version: number,
  versions: readonly FormDefinition[] = HALVARSRAPPORT_VERSIONS,
): FormDefinition | undefined {
  return versions.find((definition) => definition.version === version);
}

/** The version used for a period: the latest whose `validFrom` is not after it; undefined before the first. */
export function formVersionForPeriod(
  period: ReportPeriod,
  versions: readonly FormDefinition[] = HALVARSRAPPORT_VERSIONS,
): FormDefinition | undefined {
  return [...versions]
    .filter((definition) => comparePeriods(definition.validFrom, period) <= 0)
    .sort((a, b) => comparePeriods(a.validFrom, b.validFrom))
    .at(-1);
}

/** Negative when `a` comes before `b`. */
export function comparePeriods(a: ReportPeriod, b: ReportPeriod): number {
  return a.year !== b.year ? a.year - b.year : a.half - b.half;
}
