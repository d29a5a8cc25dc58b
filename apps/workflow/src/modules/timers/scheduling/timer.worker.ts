import { PayloadOf } from '@bvr/contracts';
import { ContractWorker } from '@bvr/service-kit';
import { Processor } from '@nestjs/bullmq';
import { TimerFiring } from './timer-firing.service';
import { fireTimer } from './timer-queue';

@Processor(fireTimer.queue, { concurrency: 4 })
export class TimerWorker extends ContractWorker<typeof fireTimer> {
  protected readonly contract = fireTimer;

  constructor(private readonly firing: TimerFiring) {
    super();
  }

  protected handle(payload: PayloadOf<typeof fireTimer>) {
    return this.firing.fire(payload.instanceId, payload.executionId);
  }
}
