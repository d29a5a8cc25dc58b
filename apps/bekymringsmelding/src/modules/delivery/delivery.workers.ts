import {
  COMPLETED_BY,
  type ExternalTaskPayload,
  externalTaskQueue,
  externalTaskResult,
} from '@bvr/contracts';
import { ExternalTaskWorker } from '@bvr/service-kit';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Job, Queue, UnrecoverableError } from 'bullmq';
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

function parsed<S extends z.ZodType>(
  schema: S,
  variables: unknown,
): z.infer<S> {
  const result = schema.safeParse(variables);
  if (!result.success)
    throw new UnrecoverableError(
      `bekymringsmelding variables: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return result.data;
}

@Processor(alertTask.queue, { concurrency: 2 })
export class AlertKommuneWorker extends ExternalTaskWorker {
  protected readonly contract = alertTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly deliver: DeliverMessages,
  ) {
    super();
  }

  protected async execute(payload: ExternalTaskPayload) {
    const { messageId } = parsed(messageVariables, payload.variables);
    return { alerted: await this.deliver.alert(payload.jobId, messageId) };
  }
}

@Processor(letterTask.queue, { concurrency: 2 })
export class DispatchLetterWorker extends ExternalTaskWorker {
  protected readonly contract = letterTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly deliver: DeliverMessages,
  ) {
    super();
  }

  protected async execute(payload: ExternalTaskPayload) {
    const { messageId } = parsed(messageVariables, payload.variables);
    return { sentAsLetter: await this.deliver.sendAsLetter(messageId) };
  }
}

/**
 * A case system that cannot be reached is tried again with backoff; on the last attempt the
 * message goes to letter post instead of an incident, since the post is the agreed fallback.
 */
@Processor(svarInnTask.queue, { concurrency: 2 })
export class DeliverSvarInnWorker extends ExternalTaskWorker {
  protected readonly contract = svarInnTask;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly deliver: DeliverMessages,
  ) {
    super();
  }

  protected async execute(payload: ExternalTaskPayload, job: Job) {
    const { messageId } = parsed(messageVariables, payload.variables);
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
    const variables = parsed(confirmVariables, payload.variables);
    return {
      confirmed: await this.receive.confirmFromWorkflow(
        variables.messageId,
        variables[COMPLETED_BY],
      ),
    };
  }
}
