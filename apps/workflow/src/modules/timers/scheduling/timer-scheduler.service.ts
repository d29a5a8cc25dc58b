import { enqueue, Clock } from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { fireTimer, timerJobId } from './timer-queue';

/** Gives a committed timer row its BullMQ delayed job, so it fires on time. */
@Injectable()
export class TimerScheduler {
  private readonly logger = new Logger(TimerScheduler.name);

  constructor(
    @InjectQueue(fireTimer.queue) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  async schedule(
    instanceId: string,
    timer: { executionId: string; fireAt: Date },
  ): Promise<void> {
    const delay = Math.max(
      0,
      timer.fireAt.getTime() - this.clock.now().getTime(),
    );
    await enqueue(
      this.queue,
      fireTimer,
      { instanceId, executionId: timer.executionId },
      {
        jobId: timerJobId(instanceId, timer.executionId),
        delay,
      },
    ).catch((error: Error) =>
      this.logger.warn(
        { err: error, instanceId },
        'could not schedule timer; the sweep will fire it',
      ),
    );
  }
}
