import {
  externalTaskResult,
  notifyAudience,
  type QueueContract,
  sendEmail,
} from '@bvr/contracts';
import { Module } from '@nestjs/common';
import { RecipientDirectoryRepository } from './persistence/recipient-directory.repository';
import { UndeliverableNotificationsRepository } from './persistence/undeliverable-notifications.repository';
import { UndeliverableNotificationsHttpController } from './queries/undeliverable-notifications.http.controller';
import { EmailJobs } from './send-notification/email-jobs';
import { NotifyAudienceService } from './send-notification/notify-audience.service';
import { NotifyAudienceWorker } from './workers/notify-audience.worker';
import {
  NotifyReportReceivedWorker,
  NotifyReportReturnedWorker,
  reportReceivedTask,
  reportReturnedTask,
} from './workers/report-notification.workers';

/** The queues this module consumes from or produces to; the app registers them. */
export const notificationQueues: QueueContract[] = [
  notifyAudience,
  reportReceivedTask,
  reportReturnedTask,
  sendEmail,
  externalTaskResult,
];

/** E-mail notifications: an audience in domain terms becomes one e-mail per registered recipient. */
@Module({
  controllers: [UndeliverableNotificationsHttpController],
  providers: [
    RecipientDirectoryRepository,
    UndeliverableNotificationsRepository,
    EmailJobs,
    NotifyAudienceService,
    NotifyAudienceWorker,
    NotifyReportReceivedWorker,
    NotifyReportReturnedWorker,
  ],
  exports: [NotifyAudienceService],
})
export class NotificationsModule {}
