import { REPORTING_URL } from '../../reports/report-models';
import type { ReportState } from '../../reports/report-labels';

/** One reporting unit's row, as `GET /api/reporting/periods/:id/reports` answers. */
export interface UnitOverview {
  readonly unitId: string;
  readonly unitName: string;
  readonly kind: 'kommune' | 'bydel';
  readonly officeId: string;
  readonly officeName: string;
  readonly status: ReportState;
  /** «Forsinket»: not submitted after the kommune deadline. */
  readonly overdue: boolean;
  /** First submitted after the kommune deadline. */
  readonly submittedLate: boolean;
  readonly submittedAt: string | null;
}

export interface OverviewPage {
  readonly period: {
    readonly id: number;
    readonly name: string;
    readonly kommuneDeadline: string;
  };
  readonly items: readonly UnitOverview[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** `/api/reporting/periods/7/reports`, and `…/reports.csv` with `csv`. */
export const overviewUrl = (periodId: number, csv = false): string =>
  `${REPORTING_URL}/periods/${encodeURIComponent(periodId)}/reports${csv ? '.csv' : ''}`;

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const STATES: readonly string[] = [
  'not-started',
  'draft',
  'submitted',
  'returned',
  'approved',
];

function unit(value: unknown): UnitOverview | null {
  if (!isObject(value)) return null;
  const { unitId, unitName, status } = value;
  if (typeof unitId !== 'string' || typeof unitName !== 'string') return null;
  if (typeof status !== 'string' || !STATES.includes(status)) return null;
  return {
    unitId,
    unitName,
    kind: value['kind'] === 'bydel' ? 'bydel' : 'kommune',
    officeId: String(value['officeId'] ?? ''),
    officeName: String(value['officeName'] ?? value['officeId'] ?? ''),
    status: status as ReportState,
    overdue: value['overdue'] === true,
    submittedLate: value['submittedLate'] === true,
    submittedAt:
      typeof value['submittedAt'] === 'string' ? value['submittedAt'] : null,
  };
}

/** Checks the answer's shape; a malformed one throws (and the page shows an error). */
export function toOverviewPage(body: unknown): OverviewPage {
  const period = isObject(body) ? body['period'] : null;
  if (
    !isObject(body) ||
    !Array.isArray(body['items']) ||
    !isObject(period) ||
    typeof body['total'] !== 'number'
  )
    throw new Error('Unexpected answer: not an overview of a period');
  return {
    period: {
      id: Number(period['id']),
      name: String(period['name'] ?? ''),
      kommuneDeadline: String(period['kommuneDeadline'] ?? ''),
    },
    items: body['items']
      .map(unit)
      .filter((item): item is UnitOverview => item !== null),
    total: body['total'],
    page: Number(body['page'] ?? 1),
    pageSize: Number(body['pageSize'] ?? 50),
  };
}
