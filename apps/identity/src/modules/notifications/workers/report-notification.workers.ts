import {
  ExternalTaskPayload,
  externalTaskQueue,
  externalTaskResult,
} from '@bvr/contracts';
import { ExternalTaskWorker } from '@bvr/service-kit';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import {
  type NotificationRequest,
  reportReceivedNotification,
  reportReturnedNotification,
} from '../domain/report-notifications';
import { NotifyAudienceService } from '../send-notification/notify-audience.service';
import { failFastOnInvalid } from './unrecoverable';

export const reportReceivedTask = externalTaskQueue(
  'identity.notify-report-received',
);
export const reportReturnedTask = externalTaskQueue(
  'identity.notify-report-returned',
);

/** The task completes once the e-mails are queued or the notification is recorded as undeliverable. */
function notifyOnce(
  notifications: NotifyAudienceService,
  payload: ExternalTaskPayload,
  requestOf: (variables: unknown) => NotificationRequest,
): Promise<Record<string, unknown>> {
  return failFastOnInvalid(async () => {
    await notifications.notify(payload.jobId, requestOf(payload.variables));
    return {};
  });
}

/** After each submission (first and corrected): the responsible office's caseworkers are e-mailed. */
@Processor(reportReceivedTask.queue, { concurrency: 2 })
export class NotifyReportReceivedWorker extends ExternalTaskWorker {
  protected readonly contract = reportReceivedTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly notifications: NotifyAudienceService,
  ) {
    super();
  }

  protected execute(payload: ExternalTaskPayload) {
    return notifyOnce(this.notifications, payload, reportReceivedNotification);
  }
}

/** After "Nei": the submitter (or, for a machine client, the unit's reporters) is e-mailed the message. */
@Processor(reportReturnedTask.queue, { concurrency: 2 })
export class NotifyReportReturnedWorker extends ExternalTaskWorker {
  protected readonly contract = reportReturnedTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly notifications: NotifyAudienceService,
  ) {
    super();
  }

  protected execute(payload: ExternalTaskPayload) {
    return notifyOnce(this.notifications, payload, reportReturnedNotification);
  }
}
