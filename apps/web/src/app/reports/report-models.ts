import type { ReportValue, ReportValues } from '@bvr/report-forms';

/** The reporting service, through the gateway (same origin, the session's access token). */
export const REPORTING_URL = '/api/reporting';

import { REPORT_STATUSES, type ReportStatus } from '@bvr/contracts';

export { REPORT_STATUSES, type ReportStatus };

/** One half-year, as `GET /api/reporting/periods` lists it (dates as `YYYY-MM-DD`). */
export interface Period {
  readonly id: number;
  readonly name: string;
  readonly opensOn: string;
  readonly kommuneDeadline: string;
  readonly statsforvalterDeadline: string;
  readonly formVersion: number;
}

/** A unit's report, as `GET …/periods/:periodId/units/:unitId/report` answers. */
export interface Report {
  /** Null until the unit first saves or submits: «Ikke påbegynt». */
  readonly reportId: string | null;
  readonly periodId: number;
  readonly periodName: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly status: ReportStatus;
  readonly values: ReportValues;
  /** Sent back with the next draft save; the service answers 409 if someone saved since. */
  readonly revision: number;
  readonly savedAt: string | null;
  readonly latestVersion: number | null;
  readonly formVersion: number;
  readonly opensOn: string;
  readonly kommuneDeadline: string;
  readonly statsforvalterDeadline: string;
  /** The Statsforvalter's message when the report was returned. */
  readonly returnMessage: string | null;
}

export interface SavedDraft {
  readonly revision: number;
  readonly savedAt: string;
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const whole = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? value
    : null;
const isStatus = (value: unknown): value is ReportStatus =>
  (REPORT_STATUSES as readonly unknown[]).includes(value);

function malformed(what: string): never {
  throw new Error(
    `the reporting service answered with something that is not ${what}`,
  );
}

function period(value: unknown): Period | null {
  if (!isObject(value)) return null;
  const id = whole(value['id']);
  const name = text(value['name']);
  const opensOn = text(value['opensOn']);
  const kommuneDeadline = text(value['kommuneDeadline']);
  const formVersion = whole(value['formVersion']);
  if (id === null || !name || !opensOn || !kommuneDeadline || !formVersion)
    return null;
  return {
    id,
    name,
    opensOn,
    kommuneDeadline,
    statsforvalterDeadline: text(value['statsforvalterDeadline']) ?? '',
    formVersion,
  };
}

/** `{ items: [...] }`, newest first; malformed items are left out. */
export function toPeriods(body: unknown): Period[] {
  const items =
    isObject(body) && Array.isArray(body['items']) ? body['items'] : null;
  if (!items) return malformed('a list of periods');
  return items.map(period).filter((item): item is Period => item !== null);
}

/** A unit's report in one period, as «Innrapportering» lists it. */
export interface UnitReport {
  readonly periodId: number;
  readonly status: ReportStatus;
}

/** `[{ periodId, reportId, status }]`; malformed items are left out. */
export function toUnitReports(body: unknown): UnitReport[] {
  if (!Array.isArray(body)) return malformed("a unit's reports");
  return body.flatMap((item: unknown) => {
    if (!isObject(item)) return [];
    const periodId = whole(item['periodId']);
    const status = item['status'];
    return periodId !== null && isStatus(status) ? [{ periodId, status }] : [];
  });
}

function reportValues(value: unknown): ReportValues {
  if (!isObject(value)) return {};
  const values: Record<string, ReportValue> = {};
  for (const [key, answer] of Object.entries(value)) {
    if (
      answer === null ||
      typeof answer === 'number' ||
      typeof answer === 'boolean' ||
      typeof answer === 'string'
    )
      values[key] = answer;
  }
  return values;
}

export function toReport(body: unknown): Report {
  if (!isObject(body)) return malformed('a report');
  const periodId = whole(body['periodId']);
  const unitId = text(body['unitId']);
  const status = body['status'];
  const revision = whole(body['revision']);
  const formVersion = whole(body['formVersion']);
  if (
    periodId === null ||
    !unitId ||
    !isStatus(status) ||
    revision === null ||
    !formVersion
  )
    return malformed('a report');
  const deadlines = isObject(body['deadlines']) ? body['deadlines'] : {};
  return {
    reportId: text(body['reportId']),
    periodId,
    periodName: text(body['periodName']) ?? `Periode ${periodId}`,
    unitId,
    unitName: text(body['unitName']) ?? unitId,
    status,
    values: reportValues(body['values']),
    revision,
    savedAt: text(body['savedAt']),
    latestVersion: whole(body['latestVersion']),
    formVersion,
    opensOn: text(deadlines['opensOn']) ?? '',
    kommuneDeadline: text(deadlines['kommuneDeadline']) ?? '',
    statsforvalterDeadline: text(deadlines['statsforvalterDeadline']) ?? '',
    returnMessage: text(body['returnMessage']),
  };
}

export function toSavedDraft(body: unknown): SavedDraft {
  const revision = isObject(body) ? whole(body['revision']) : null;
  const savedAt = isObject(body) ? text(body['savedAt']) : null;
  if (revision === null || !savedAt) return malformed('a saved draft');
  return { revision, savedAt };
}
