import { Injectable } from '@nestjs/common';
import { Clock, PeriodicSweep } from '@bvr/service-kit';
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
export class DeadlineReminderSweeper extends PeriodicSweep<RemindersSent[]> {
  constructor(
    private readonly service: SendDeadlineRemindersService,
    private readonly clock: Clock,
    config: RemindersConfig,
  ) {
    super(DeadlineReminderSweeper.name, config.sweepIntervalMs, []);
  }

  protected sweepOnce(): Promise<RemindersSent[]> {
    return this.service.sendDue(this.clock.now());
  }
}
