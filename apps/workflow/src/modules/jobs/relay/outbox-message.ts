import { externalTaskQueue, ExternalTaskPayload } from '@bvr/contracts';
import { currentRequestContext } from '@bvr/service-kit';
import type { ProcessInstanceEntity } from '../../instances/persistence/process-instance.orm-entity';
import type { JsonObject } from '../../../shared/json-column';

/**
 * The outbox row that hands one attempt of an external job to its topic's queue. The message id
 * (job id + attempt) is the BullMQ job id: relaying it twice adds it once.
 */
export function outboxMessageFor(
  instance: ProcessInstanceEntity,
  job: { id: string; elementId: string; topic: string; attempt: number },
  now: Date,
) {
  const queue = externalTaskQueue(job.topic);
  const payload: ExternalTaskPayload = {
    jobId: job.id,
    topic: job.topic,
    processInstanceId: instance.id,
    processDefinitionKey: instance.definitionKey,
    businessKey: instance.businessKey,
    activityId: job.elementId,
    attempt: job.attempt,
  };
  return {
    messageId: `${job.id}.${job.attempt}`,
    queue: queue.queue,
    jobName: queue.job,
    payload: payload as JsonObject,
    requestId: currentRequestContext()?.requestId ?? null,
    createdAt: now,
  };
}
