import * as z from 'zod';

/** A BullMQ queue and the one job it carries: its name, its payload schema and its retry policy. */
export interface QueueContract<P extends z.ZodType = z.ZodType> {
  queue: string;
  job: string;
  payload: P;
  attempts: number;
}

export function defineQueue<P extends z.ZodType>(
  queue: string,
  job: string,
  payload: P,
  attempts = 8,
): QueueContract<P> {
  return { queue, job, payload, attempts };
}

export type PayloadOf<C extends QueueContract> = z.infer<C['payload']>;

/** Every job travels in an envelope: the payload plus the id of the request that caused it, for the logs. */
export const jobMetaSchema = z.object({
  requestId: z.string().min(1).max(100),
  enqueuedAt: z.iso.datetime(),
});
export type JobMeta = z.infer<typeof jobMetaSchema>;

export function envelopeSchema<P extends z.ZodType>(payload: P) {
  return z.object({ meta: jobMetaSchema, payload });
}

/** Renders zod issues as one line a person can act on: `to.0: Invalid email address; template: ...`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
    .join('; ');
}
