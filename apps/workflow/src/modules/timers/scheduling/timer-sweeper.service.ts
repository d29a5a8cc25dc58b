import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { WorkflowConfig } from '../../../config/env';
import { Clock } from '@bvr/service-kit';
import { TimerEntity } from '../persistence/timer.orm-entity';
import { TimerFiring } from './timer-firing.service';

/**
 * A timer row is the truth; its delayed job only makes it fire on time. The sweep, at start-up and
 * on an interval, fires every row that is due, so a timer that expired while the service was
 * down, or whose delayed job Redis lost, fires anyway, once.
 */
@Injectable()
export class TimerSweeper
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(TimerSweeper.name);
  private interval: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly firing: TimerFiring,
    private readonly clock: Clock,
    private readonly config: WorkflowConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.interval = setInterval(
      () => void this.sweep(),
      this.config.env.TIMER_SWEEP_MS,
    );
    this.interval.unref();
    void this.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    await this.sweeping;
  }

  /** Fires every due timer; resolves to how many fired. */
  sweep(): Promise<number> {
    this.sweeping ??= this.fireDue().finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async fireDue(): Promise<number> {
    const due = await this.dataSource.getRepository(TimerEntity).find({
      where: { status: 'scheduled', fireAt: LessThanOrEqual(this.clock.now()) },
      order: { fireAt: 'ASC' },
      take: 500,
    });
    let fired = 0;
    for (const timer of due) {
      try {
        if (
          (await this.firing.fire(timer.instanceId, timer.executionId)) ===
          'fired'
        )
          fired += 1;
      } catch (error) {
        this.logger.error(
          { err: error, instanceId: timer.instanceId },
          'timer could not fire; it stays due',
        );
      }
    }
    return fired;
  }
}
