/**
 * When the units that have not submitted are reminded of the kommune deadline: a number of days
 * before it, counted in calendar days in Norway. Plain TypeScript, no Nest.
 */

/** `"7,1"` → `[7, 1]`; every part a whole number of days from 0 to 60. */
export function parseReminderDays(value: string): number[] {
  const parts = value.split(',').map((part) => part.trim());
  const days = parts.map(Number);
  if (
    parts.some((part) => !/^[0-9]{1,2}$/.test(part)) ||
    days.some((day) => day > 60)
  )
    throw new RangeError(
      `expected whole numbers of days from 0 to 60, separated by commas (such as "7,1"), got "${value}"`,
    );
  return [...new Set(days)].sort((a, b) => b - a);
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export interface ReminderPeriod {
  opensOn: string;
  kommuneDeadline: string;
  /** Bufdir's own setting for the period: a reminder this many days before, too. */
  reminderLeadDays: number;
}

/**
 * The reminder that is due on `today`, as its number of days before the deadline, or `null`. The
 * period must be open and its deadline not passed. A reminder day that passed while nothing ran
 * (the service was down) is caught up with once: on the days after 7, the 7-day reminder is still
 * due until the 1-day one is.
 */
export function reminderDue(
  period: ReminderPeriod,
  today: string,
  configuredDays: number[],
): number | null {
  if (today < period.opensOn || today > period.kommuneDeadline) return null;
  const left = daysBetween(today, period.kommuneDeadline);
  const due = [...configuredDays, period.reminderLeadDays]
    .filter(
      (day) =>
        day >= left &&
        daysBetween(period.opensOn, period.kommuneDeadline) >= day,
    )
    .sort((a, b) => a - b);
  return due[0] ?? null;
}

/** Unique per unit, period and reminder day: a BullMQ job id (no colons) and the e-mail's idempotency key. */
export const reminderKey = (
  periodId: number,
  unitId: string,
  daysBefore: number,
): string => `deadline-reminder-${periodId}-${unitId}-${daysBefore}`;
