import type { Period, Report, ReportStatus } from './report-models';

/** «Ikke påbegynt» is a draft nobody has saved yet (the service has no report row for it). */
export type ReportState = ReportStatus | 'not-started';

export const REPORT_STATE_LABELS: Readonly<Record<ReportState, string>> = {
  'not-started': 'Ikke påbegynt',
  draft: 'Utkast',
  submitted: 'Sendt inn',
  returned: 'Returnert',
  approved: 'Godkjent',
};

/** Tag colours; the label always says the same in words. */
export const REPORT_STATE_COLORS: Readonly<Record<ReportState, string>> = {
  'not-started': 'neutral',
  draft: 'info',
  submitted: 'accent',
  returned: 'warning',
  approved: 'success',
};

export function reportState(
  report: Pick<Report, 'reportId' | 'status'>,
): ReportState {
  return report.reportId === null ? 'not-started' : report.status;
}

/** The unit changes the report while it is a draft or after the Statsforvalter returned it. */
export const isWithUnit = (status: ReportStatus): boolean =>
  status === 'draft' || status === 'returned';

// Norwegian dates in Norwegian time, whatever the browser's zone.
const DATE = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('nb-NO', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });

/** A calendar date `2026-08-18` as «18.08.2026». */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DATE.format(date);
}

const DATE_IN_NORWAY = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

/** «04.12.2026 kl. 14:05», Norwegian time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : `${DATE_IN_NORWAY.format(date)} kl. ${TIME.format(date)}`;
}

/** «14:05», Norwegian time. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : TIME.format(date);
}

/** Today in Norway as `YYYY-MM-DD`, comparable with the periods' dates as strings. */
export const todayInNorway = (now: Date = new Date()): string =>
  DAY.format(now);

/**
 * `open` from `opensOn` to the kommune deadline; `late` after it until the Statsforvalter's deadline;
 * `closed` after that. A report is accepted in all three (late ones are registered as late).
 */
export type PeriodPhase = 'upcoming' | 'open' | 'late' | 'closed';

type PeriodDates = Pick<
  Period,
  'opensOn' | 'kommuneDeadline' | 'statsforvalterDeadline'
>;

export function periodPhase(period: PeriodDates, today: string): PeriodPhase {
  if (today < period.opensOn) return 'upcoming';
  if (today <= period.kommuneDeadline) return 'open';
  return !period.statsforvalterDeadline ||
    today <= period.statsforvalterDeadline
    ? 'late'
    : 'closed';
}

/** Open periods first (earliest deadline first), then upcoming, then past ones newest first. */
export function sortPeriods(
  periods: readonly Period[],
  today: string,
): Period[] {
  const rank: Record<PeriodPhase, number> = {
    open: 0,
    late: 1,
    upcoming: 2,
    closed: 3,
  };
  return [...periods].sort((a, b) => {
    const byPhase = rank[periodPhase(a, today)] - rank[periodPhase(b, today)];
    if (byPhase !== 0) return byPhase;
    return periodPhase(a, today) === 'closed'
      ? b.kommuneDeadline.localeCompare(a.kommuneDeadline)
      : a.kommuneDeadline.localeCompare(b.kommuneDeadline);
  });
}

/** «Åpen for rapportering, frist 18.08.2026», «Åpner 01.01.2027, …», «Fristen var 18.08.2026». */
export function periodPhaseLabel(period: PeriodDates, today: string): string {
  const deadline = formatDay(period.kommuneDeadline);
  switch (periodPhase(period, today)) {
    case 'open':
      return `Åpen for rapportering, frist ${deadline}`;
    case 'late':
      return `Fristen var ${deadline}. Rapporten kan fortsatt sendes inn, men blir registrert som forsinket.`;
    case 'upcoming':
      return `Åpner ${formatDay(period.opensOn)}, frist ${deadline}`;
    case 'closed':
      return `Fristene er passert (kommunens frist var ${deadline}). En rapport som sendes inn nå, blir registrert som forsinket.`;
  }
}

/** Why «Send inn» cannot work today, as the service decides it (before the period opens), or null. */
export function submissionBlock(
  period: PeriodDates,
  today: string,
): string | null {
  return periodPhase(period, today) === 'upcoming'
    ? `Rapporteringen åpner ${formatDay(period.opensOn)}. Du kan fylle ut og lagre skjemaet nå, men ikke sende det inn før da.`
    : null;
}
