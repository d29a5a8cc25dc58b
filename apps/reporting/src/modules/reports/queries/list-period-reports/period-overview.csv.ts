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

/** Excel (Norwegian locale) opens a `;`-separated UTF-8 file with a byte order mark as columns. */
const BOM = '\uFEFF';

/** A field quoted when it must be, and never read as a formula by a spreadsheet. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `2023-08-17T10:00:00Z` as the date and time in Norway: `2023-08-17 12:00`. */
function norwegianDateTime(iso: string): string {
  // sv-SE formats as `YYYY-MM-DD HH:MM`, which Excel reads as a date in any locale.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The overview as a CSV file: one row per unit, Norwegian headers, `;` between fields, CRLF lines. */
export function periodOverviewCsv({ period, items }: PeriodOverview): string {
  const lines = [HEADERS.join(';')];
  for (const item of items)
    lines.push(
      [
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
      ]
        .map(field)
        .join(';'),
    );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** `oversikt-1-halvar-2023.csv` */
export const csvFileName = (periodName: string): string =>
  `oversikt-${periodName
    .toLowerCase()
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.csv`;
