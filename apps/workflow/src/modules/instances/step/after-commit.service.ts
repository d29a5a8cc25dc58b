import { Injectable } from '@nestjs/common';
import type { StepEffects } from '../../../engine/step-effects';
import { OutboxRelay } from '../../jobs/relay/outbox-relay.service';
import { TimerScheduler } from '../../timers/scheduling/timer-scheduler.service';

/**
 * What happens once a step has committed: the relay is woken for new outbox rows and new timers
 * get their delayed jobs. Both are only accelerators; the relay's poll and the timer sweep find
 * the rows anyway if this process dies right here.
 */
@Injectable()
export class AfterCommit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly timers: TimerScheduler,
  ) {}

  stepCommitted(instanceId: string, effects: StepEffects): void {
    if (effects.externalJobs.length) this.relay.wake();
    for (const timer of effects.timers) {
      if (!effects.firedTimers.includes(timer.executionId))
        void this.timers.schedule(instanceId, timer);
    }
  }
}
