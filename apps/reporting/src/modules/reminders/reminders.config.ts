/** The reminders module's settings, from the validated environment (`config/env.ts`). */
export class RemindersConfig {
  constructor(
    /** Days before the kommune deadline a reminder goes out (`REMINDER_DAYS_BEFORE_DEADLINE`). */
    readonly daysBeforeDeadline: number[],
    /** How often the sweep looks for reminders that are due, in milliseconds. */
    readonly sweepIntervalMs: number,
  ) {}
}
