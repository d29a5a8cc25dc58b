/** The list of periods and the user's reports: «Innrapportering». */
export const REPORTS_PATH = '/rapportering';

/**
 * Where a unit's half-year report for a period is filled in, e.g. for the correction task
 * («halvarsrapport:korriger») in the inbox: `/rapportering/7/460101`.
 */
export function reportFormPath(periodId: string, unitId: string): string {
  return `${REPORTS_PATH}/${encodeURIComponent(periodId)}/${encodeURIComponent(unitId)}`;
}

/** A period id as the reporting service accepts it in a path: a positive whole number. */
export const isPeriodId = (value: string): boolean =>
  /^[1-9][0-9]{0,8}$/.test(value);

/** A kommune (4 digits) or bydel (6 digits) number. */
export const isUnitId = (value: string): boolean =>
  /^[0-9]{4}([0-9]{2})?$/.test(value);
