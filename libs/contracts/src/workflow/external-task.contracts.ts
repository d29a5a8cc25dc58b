import * as z from 'zod';
import { defineQueue, QueueContract } from '../queue-contract';

/**
 * The job an external service task becomes. It carries ids, and only the variables its topic
 * declares in the catalog: the handler looks up the rest by business key. `jobId` is the idempotency key of the effect; a redelivery has the same.
 */
export const externalTaskPayload = z.object({
  jobId: z.string().min(1).max(200),
  topic: z.string().min(1).max(100),
  processInstanceId: z.uuid(),
  processDefinitionKey: z.string().min(1).max(200),
  businessKey: z.string().max(200).nullable(),
  activityId: z.string().min(1).max(200),
  attempt: z.number().int().min(1),
  /** The process variables the topic declares it needs (`externalTaskVariables`), no others. */
  variables: z.record(z.string(), z.unknown()).default({}),
});
export type ExternalTaskPayload = z.infer<typeof externalTaskPayload>;

/** The queue an external task topic is relayed to. */
export function externalTaskQueue(
  topic: string,
): QueueContract<typeof externalTaskPayload> {
  return defineQueue(
    `workflow.task.${topic}`,
    'external-task',
    externalTaskPayload,
    5,
  );
}

/**
 * The handler's answer, which steps the instance on. `failed` is sent only when the handler has
 * given up (retries exhausted or a permanent error); the workflow then raises an incident.
 */
export const externalTaskResult = defineQueue(
  'workflow.job-result',
  'job-result',
  z.discriminatedUnion('outcome', [
    z.object({
      jobId: z.string().min(1).max(200),
      outcome: z.literal('completed'),
      variables: z.record(z.string(), z.unknown()).default({}),
    }),
    z.object({
      jobId: z.string().min(1).max(200),
      outcome: z.literal('failed'),
      error: z.string().min(1).max(4000),
    }),
  ]),
  20,
);
export type ExternalTaskResult = z.infer<typeof externalTaskResult.payload>;
