import { Global, Module } from '@nestjs/common';

/**
 * The current time. An abstract class so that it is a NestJS injection token; tests bind a
 * {@link FixedClock} to put "now" where the test needs it.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  override now(): Date {
    return new Date();
  }
}

/** A clock that stands still until a test sets or advances it. */
export class FixedClock extends Clock {
  private current: number;

  constructor(date: Date) {
    super();
    this.current = date.getTime();
  }

  /** A new Date each call, so a caller that mutates it cannot move the clock. */
  override now(): Date {
    return new Date(this.current);
  }

  set(date: Date): void {
    this.current = date.getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/** Provides the system clock to every module. */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class ClockModule {}
