import { Timers } from 'bpmn-elements';

interface CapturedTimeout {
  fire: () => void;
}

/**
 * Timers for a step: nothing is scheduled in-process (a step lives for milliseconds, timers for
 * weeks). The engine's timeout callbacks are captured so that a durable timer, fired from its
 * PostgreSQL row, can complete the timer event in the engine recovered for that step.
 */
export class DurableTimers {
  readonly engineTimers: unknown;

  constructor() {
    const capture = (
      callback: (...args: unknown[]) => void,
      _delay: number,
      ...args: unknown[]
    ): CapturedTimeout => ({
      fire: () => callback(...args),
    });
    this.engineTimers = new Timers({
      setTimeout: capture as never,
      clearTimeout: (() => undefined) as never,
    });
  }

  /** Completes the timer event definition with this execution id; false when it is not waiting. */
  fire(executionId: string): boolean {
    const executing = (this.engineTimers as { executing: TimerLike[] })
      .executing;
    const ref = executing.find(
      (timer) => timer.owner?.executionId === executionId,
    );
    if (!ref) return false;
    (ref.timerRef as CapturedTimeout).fire();
    return true;
  }
}

interface TimerLike {
  owner: { executionId?: string } | null;
  timerRef: unknown;
}
