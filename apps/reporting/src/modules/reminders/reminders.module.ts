import { DynamicModule, Module } from '@nestjs/common';
import { PeriodsModule } from '../periods/periods.module';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { DeadlineReminderSweeper } from './jobs/deadline-reminder.sweeper';
import { SendDeadlineRemindersService } from './jobs/send-deadline-reminders.service';
import { DeadlineReminderPublisher } from './messaging/deadline-reminder.publisher';
import { DeadlineReminderRepository } from './persistence/deadline-reminder.repository';
import { RemindersConfig } from './reminders.config';

/**
 * Reminders of the kommune deadline to the units that have not submitted, through identity's
 * `identity.notify` queue (template `deadline-reminder`). Needs that queue registered (`QueueModule`
 * in the app) and a `Clock`.
 */
@Module({})
export class RemindersModule {
  static forRoot(config: RemindersConfig): DynamicModule {
    return {
      module: RemindersModule,
      imports: [PeriodsModule, ReferenceDataModule],
      providers: [
        { provide: RemindersConfig, useValue: config },
        DeadlineReminderRepository,
        DeadlineReminderPublisher,
        SendDeadlineRemindersService,
        DeadlineReminderSweeper,
      ],
    };
  }
}
