/** The access applications module's settings, from the validated environment (`config/env.ts`). */
export class AccessApplicationsConfig {
  constructor(
    /** How long after sending a start command the sweeper checks that the workflow took it. */
    readonly commandLostAfterMs: number,
  ) {}
}
