import {
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';

/**
 * Runs `sweepOnce` at start-up and then every `intervalMs`, one run at a time. A failed run is
 * logged and left for the next: a sweep re-does work that is recorded as not done yet, so running
 * it again (after a crash, or in a second instance of the service) is always safe.
 */
export abstract class PeriodicSweep<T>
  implements OnApplicationBootstrap, OnModuleDestroy
{
  protected readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<T>;

  protected constructor(
    /** The sweeper's name in the logs. */
    private readonly name: string,
    private readonly intervalMs: number,
    /** What a failed run answers with. */
    private readonly nothingDone: T,
  ) {
    this.logger = new Logger(name);
  }

  /** One run: does what is due, and tells what it did. */
  protected abstract sweepOnce(): Promise<T>;

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs now, or joins the run in progress. */
  sweep(): Promise<T> {
    this.running ??= this.sweepOnce()
      .catch((error: unknown) => {
        this.logger.warn(
          { err: error },
          `${this.name} failed; the next run tries again`,
        );
        return this.nothingDone;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
