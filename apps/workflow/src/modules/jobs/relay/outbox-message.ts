import {
  externalTaskQueue,
  ExternalTaskPayload,
  externalTaskVariables,
  isExternalTaskTopic,
} from '@bvr/contracts';
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
  /** The instance's variables as the step left them (the row may not have them yet). */
  variables: Record<string, unknown> = instance.variables,
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
    variables: declaredVariables(job.topic, variables),
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

function declaredVariables(
  topic: string,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const names = isExternalTaskTopic(topic)
    ? (externalTaskVariables[topic] ?? [])
    : [];
  return Object.fromEntries(
    names
      .filter((name) => name in variables)
      .map((name) => [name, variables[name]]),
  );
}
