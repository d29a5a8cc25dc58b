import {
  type ExternalTaskPayload,
  externalTaskQueue,
  externalTaskResult,
} from '@bvr/contracts';
import { ExternalTaskWorker, taskVariables } from '@bvr/service-kit';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Queue, UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { NotifyAudienceService } from '../../notifications/send-notification/notify-audience.service';
import { failFastOnInvalid } from '../../notifications/workers/unrecoverable';
import { RecordDecision } from '../commands/record-decision.service';
import {
  applicationReceivedNotification,
  decisionNotification,
} from '../domain/access-notifications';
import type { AccessApplicationEntity } from '../persistence/access-application.orm-entity';
import { AccessApplicationsRepository } from '../persistence/access-applications.repository';

export const applicationReceivedTask = externalTaskQueue(
  'identity.notify-access-application-received',
);
export const recordDecisionTask = externalTaskQueue(
  'identity.record-access-decision',
);
export const decisionNotifiedTask = externalTaskQueue(
  'identity.notify-access-decision',
);

const applicationVariables = z.object({ applicationId: z.uuid() });
const decisionVariables = applicationVariables.extend({
  approved: z.boolean(),
  completedBy: z.string().min(1).max(200),
});

async function applicationOf(
  applications: AccessApplicationsRepository,
  payload: ExternalTaskPayload,
): Promise<AccessApplicationEntity> {
  const { applicationId } = taskVariables(applicationVariables, payload);
  const application = await applications.find(applicationId);
  if (!application)
    throw new UnrecoverableError(`no access application ${applicationId}`);
  return application;
}

/** A new application: the office's caseworkers (or Bufdir) are e-mailed with a link to the task. */
@Processor(applicationReceivedTask.queue, { concurrency: 2 })
export class NotifyApplicationReceivedWorker extends ExternalTaskWorker {
  protected readonly contract = applicationReceivedTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly applications: AccessApplicationsRepository,
    private readonly notifications: NotifyAudienceService,
  ) {
    super();
  }

  protected execute(payload: ExternalTaskPayload) {
    return failFastOnInvalid(async () => {
      const application = await applicationOf(this.applications, payload);
      await this.notifications.notify(
        payload.jobId,
        applicationReceivedNotification(application),
      );
      return {};
    });
  }
}

/** "Godkjenner" Ja or Nei: recorded, and on Ja the access granted. */
@Processor(recordDecisionTask.queue, { concurrency: 2 })
export class RecordDecisionWorker extends ExternalTaskWorker {
  protected readonly contract = recordDecisionTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly decisions: RecordDecision,
  ) {
    super();
  }

  protected async execute(payload: ExternalTaskPayload) {
    const v = taskVariables(decisionVariables, payload);
    await this.decisions.record({
      applicationId: v.applicationId,
      approved: v.approved,
      decidedBy: v.completedBy,
    });
    return {};
  }
}

/** The applicant is e-mailed the decision. */
@Processor(decisionNotifiedTask.queue, { concurrency: 2 })
export class NotifyDecisionWorker extends ExternalTaskWorker {
  protected readonly contract = decisionNotifiedTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly applications: AccessApplicationsRepository,
    private readonly notifications: NotifyAudienceService,
  ) {
    super();
  }

  protected execute(payload: ExternalTaskPayload) {
    return failFastOnInvalid(async () => {
      const application = await applicationOf(this.applications, payload);
      await this.notifications.notify(
        payload.jobId,
        decisionNotification(application),
      );
      return {};
    });
  }
}
