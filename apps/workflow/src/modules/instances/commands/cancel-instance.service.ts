import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Clock } from '@bvr/service-kit';
import { ExternalJobEntity } from '../../jobs/persistence/external-job.orm-entity';
import { MessageSubscriptionEntity } from '../../messages/persistence/message-subscription.orm-entity';
import { cancelOpenTasks } from '../../tasks/persistence/task-audience';
import { TimerEntity } from '../../timers/persistence/timer.orm-entity';
import { InstanceStepper } from '../step/instance-stepper.service';

/** Ends a running instance where it stands: open tasks, timers, jobs and subscriptions are closed. */
@Injectable()
export class CancelInstance {
  constructor(
    private readonly stepper: InstanceStepper,
    private readonly clock: Clock,
  ) {}

  cancel(instanceId: string, reason: string, actor: string) {
    return this.stepper.step(
      instanceId,
      actor,
      async ({ em, instance, note }) => {
        await cancelOpenTasks(em, 'instance_id = $1', [instanceId]);
        await em.update(
          TimerEntity,
          { instanceId, status: 'scheduled' },
          { status: 'cancelled' },
        );
        await em.update(
          ExternalJobEntity,
          { instanceId, status: In(['pending', 'failed']) },
          { status: 'cancelled' },
        );
        await em.delete(MessageSubscriptionEntity, { instanceId });
        Object.assign(instance, {
          status: 'cancelled',
          cancelReason: reason,
          endedAt: this.clock.now(),
          engineState: null,
          currentActivities: [],
        });
        note({ type: 'instance.cancelled', data: { reason } });
        return instance;
      },
      { engine: false },
    );
  }
}
