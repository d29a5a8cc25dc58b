import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { Clock } from '@bvr/service-kit';
import { RemindersConfig } from '../reminders.config';
import {
  type RemindersSent,
  SendDeadlineRemindersService,
} from './send-deadline-reminders.service';

/**
 * Runs the reminders at start-up and then every interval (an hour by default). The day's reminders
 * go out on the first run of the day; the later runs find them recorded and send nothing, so a
 * restart, or two instances of the service, never send one twice.
 */
@Injectable()
export class DeadlineReminderSweeper
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(DeadlineReminderSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<RemindersSent[]>;

  constructor(
    private readonly service: SendDeadlineRemindersService,
    private readonly clock: Clock,
    private readonly config: RemindersConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(
      () => void this.sweep(),
      this.config.sweepIntervalMs,
    );
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends what is due now; one sweep at a time. A failure is logged and left for the next sweep. */
  sweep(): Promise<RemindersSent[]> {
    this.running ??= this.service
      .sendDue(this.clock.now())
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'the deadline reminder sweep failed');
        return [];
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
