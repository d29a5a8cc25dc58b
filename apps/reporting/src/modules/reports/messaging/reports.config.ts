/** The reports module's settings, from the validated environment (`config/env.ts`). */
export class ReportsConfig {
  constructor(
    /** How often unsent workflow commands are looked for, in milliseconds. */
    readonly commandSweepIntervalMs: number,
    /** How long after sending a command the sweeper checks that the workflow took it. */
    readonly commandLostAfterMs: number,
  ) {}
}
