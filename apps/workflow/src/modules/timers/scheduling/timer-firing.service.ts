import { Injectable } from '@nestjs/common';
import { Clock } from '@bvr/service-kit';
import { InstanceNotRunningError } from '../../instances/domain/instance.errors';
import { InstanceStepper } from '../../instances/step/instance-stepper.service';
import { TimerEntity } from '../persistence/timer.orm-entity';

export type TimerOutcome =
  | 'fired'
  | 'not-due'
  | 'already-handled'
  | 'instance-ended';

/** Fires one timer row as a step; the row, read under the instance lock, makes it fire once. */
@Injectable()
export class TimerFiring {
  constructor(
    private readonly stepper: InstanceStepper,
    private readonly clock: Clock,
  ) {}

  async fire(instanceId: string, executionId: string): Promise<TimerOutcome> {
    try {
      return await this.stepper.step(
        instanceId,
        'system:timer',
        async ({ em, run, note }) => {
          const timer = await em.findOneBy(TimerEntity, {
            instanceId,
            executionId,
          });
          if (!timer || timer.status !== 'scheduled') return 'already-handled';
          if (timer.fireAt > this.clock.now()) return 'not-due';
          await run.fireTimer(executionId);
          note({
            type: 'timer.fired',
            elementId: timer.elementId,
            executionId,
            data: { fireAt: timer.fireAt.toISOString() },
          });
          return 'fired';
        },
      );
    } catch (error) {
      if (error instanceof InstanceNotRunningError) return 'instance-ended';
      throw error;
    }
  }
}
