import { todayInNorway } from '../../reference-data/domain/as-of-date';
import { endOfDayInNorway } from '../domain/end-of-day-in-norway';

/** A week: five working days, enough to correct a few figures even across a weekend. */
export const MIN_CORRECTION_DAYS = 7;

/** `YYYY-MM-DD` plus `days` calendar days. */
function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days))
    .toISOString()
    .slice(0, 10);
}

/**
 * When a returned report should be back (`unitDueAt`, the due date of "Korriger halvårsrapport"): by
 * the end of the Statsforvalter's deadline day, since the Statsforvalter must forward the controlled
 * report to Bufdir by then (Bufdir's letters); but never less than a week after the return, so a
 * report returned on or after that day still gets a real chance. An ISO instant.
 */
export function correctionDueAt(
  statsforvalterDeadline: string,
  returnedAt: Date,
): string {
  const deadline = endOfDayInNorway(statsforvalterDeadline);
  const earliest = endOfDayInNorway(
    addDays(todayInNorway(returnedAt), MIN_CORRECTION_DAYS),
  );
  return deadline > earliest ? deadline : earliest;
}
