import {
  COMPLETED_BY,
  type ExternalTaskPayload,
  externalTaskQueue,
  externalTaskResult,
} from '@bvr/contracts';
import { ExternalTaskWorker, taskVariables } from '@bvr/service-kit';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { z } from 'zod';
import { ReceiveMessages } from '../receipt/receive-messages.service';
import { DeliverMessages, postToCaseSystem } from './deliver-messages.service';

export const alertTask = externalTaskQueue('bekymringsmelding.alert-kommune');
export const letterTask = externalTaskQueue(
  'bekymringsmelding.dispatch-letter',
);
export const svarInnTask = externalTaskQueue(
  'bekymringsmelding.deliver-svarinn',
);
export const confirmTask = externalTaskQueue(
  'bekymringsmelding.confirm-receipt',
);
export const deliveryQueues = [alertTask, letterTask, svarInnTask, confirmTask];

const messageVariables = z.object({ messageId: z.uuid() });
const confirmVariables = messageVariables.extend({
  [COMPLETED_BY]: z.string().min(1).max(200),
});

/** A service task of `bekymringsmelding.bpmn`: each gets the message id and does one effect. */
abstract class MessageTaskWorker extends ExternalTaskWorker {
  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    protected readonly deliver: DeliverMessages,
  ) {
    super();
  }

  protected abstract run(
    messageId: string,
    payload: ExternalTaskPayload,
    job: Job,
  ): Promise<Record<string, unknown>>;

  protected execute(payload: ExternalTaskPayload, job: Job) {
    const { messageId } = taskVariables(messageVariables, payload);
    return this.run(messageId, payload, job);
  }
}

@Processor(alertTask.queue, { concurrency: 2 })
export class AlertKommuneWorker extends MessageTaskWorker {
  protected readonly contract = alertTask;

  protected async run(messageId: string, payload: ExternalTaskPayload) {
    return { alerted: await this.deliver.alert(payload.jobId, messageId) };
  }
}

@Processor(letterTask.queue, { concurrency: 2 })
export class DispatchLetterWorker extends MessageTaskWorker {
  protected readonly contract = letterTask;

  protected async run(messageId: string) {
    return { sentAsLetter: await this.deliver.sendAsLetter(messageId) };
  }
}

/**
 * A case system that cannot be reached is tried again with backoff; on the last attempt the
 * message goes to letter post instead of an incident, since the post is the agreed fallback.
 */
@Processor(svarInnTask.queue, { concurrency: 2 })
export class DeliverSvarInnWorker extends MessageTaskWorker {
  protected readonly contract = svarInnTask;

  protected async run(messageId: string, _: ExternalTaskPayload, job: Job) {
    const outcome = await this.deliver.deliverToCaseSystem(
      messageId,
      postToCaseSystem,
    );
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (outcome === 'unreachable' && !lastAttempt)
      throw new Error('the case system could not be reached; trying again');
    return { receivedBySvarInn: outcome === 'mottatt' };
  }
}

/** «Bekreft mottak»: the inbox task was completed; the same confirm as in «Motta bekymringsmeldinger». */
@Processor(confirmTask.queue, { concurrency: 2 })
export class ConfirmReceiptWorker extends ExternalTaskWorker {
  protected readonly contract = confirmTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly receive: ReceiveMessages,
  ) {
    super();
  }

  protected async execute(payload: ExternalTaskPayload) {
    const variables = taskVariables(confirmVariables, payload);
    return {
      confirmed: await this.receive.confirmFromWorkflow(
        variables.messageId,
        variables[COMPLETED_BY],
      ),
    };
  }
}
