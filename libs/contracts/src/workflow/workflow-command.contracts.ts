import * as z from 'zod';
import { defineQueue } from '../queue-contract';

const variables = z.record(
  z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'variable names are identifiers'),
  z.unknown(),
);

/**
 * What another service asks of the workflow: start a process, or deliver a message to the instance
 * waiting for it by business key (a corrected report resubmitted). `commandId` is the producer's
 * idempotency key and the BullMQ job id: a command delivered twice takes effect once.
 */
export const workflowCommand = defineQueue(
  'workflow.command',
  'workflow-command',
  z.discriminatedUnion('command', [
    z.object({
      command: z.literal('start'),
      commandId: z
        .string()
        .min(8)
        .max(200)
        .regex(/^[^:]+$/, 'a command id is a BullMQ job id: no colons'),
      definitionKey: z.string().min(1).max(200),
      businessKey: z.string().min(1).max(200),
      variables,
      /** Who caused it (a user id or `client:<id>`), for the instance's history. */
      requestedBy: z.string().min(1).max(200),
    }),
    z.object({
      command: z.literal('correlate'),
      commandId: z
        .string()
        .min(8)
        .max(200)
        .regex(/^[^:]+$/, 'a command id is a BullMQ job id: no colons'),
      messageName: z.string().min(1).max(200),
      businessKey: z.string().min(1).max(200),
      variables,
      requestedBy: z.string().min(1).max(200),
    }),
  ]),
  10,
);
export type WorkflowCommand = z.infer<typeof workflowCommand.payload>;
