import { csvDocument, fileSlug } from '../../../../shared/csv/csv';
import type { OverviewStatus } from '../../domain/report-status';
import type { PeriodOverview } from './list-period-reports.query-handler';

/** The statuses as the SPA names them. */
export const STATUS_TEXT: Record<OverviewStatus, string> = {
  'not-started': 'Ikke påbegynt',
  draft: 'Utkast',
  submitted: 'Sendt inn',
  returned: 'Returnert',
  approved: 'Godkjent',
};

const HEADERS = [
  'Enhetsnummer',
  'Rapporteringsenhet',
  'Type',
  'Statsforvalter',
  'Status',
  'Forsinket',
  'Sendt inn',
  'Sendt inn etter fristen',
  'Versjon',
  'Frist',
];

/** `2023-08-17T10:00:00Z` as the date and time in Norway: `2023-08-17 12:00`. */
// sv-SE formats as `YYYY-MM-DD HH:MM`, which Excel reads as a date in any locale.
const OSLO_DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function norwegianDateTime(iso: string): string {
  return OSLO_DATE_TIME.format(new Date(iso));
}

/** The overview as a CSV file: one row per unit, Norwegian headers, `;` between fields, CRLF lines. */
export function periodOverviewCsv({ period, items }: PeriodOverview): string {
  return csvDocument(
    HEADERS,
    items.map((item) => [
      item.unitId,
      item.unitName,
      item.kind === 'bydel' ? 'Bydel' : 'Kommune',
      item.officeName,
      STATUS_TEXT[item.status],
      item.overdue ? 'Ja' : 'Nei',
      item.submittedAt ? norwegianDateTime(item.submittedAt) : '',
      item.submittedLate ? 'Ja' : 'Nei',
      item.latestVersion === null ? '' : String(item.latestVersion),
      period.kommuneDeadline,
    ]),
  );
}

/** `oversikt-1-halvar-2023.csv` */
export const csvFileName = (periodName: string): string =>
  `oversikt-${fileSlug(periodName)}.csv`;
