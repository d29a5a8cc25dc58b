import { authEnvSchema } from '@bvr/auth';
import {
  baseEnvSchema,
  databaseEnvSchema,
  loadEnv,
  redisEnvSchema,
} from '@bvr/service-kit';
import { z } from 'zod';

export const envSchema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend(redisEnvSchema.shape)
  .extend(authEnvSchema.shape)
  .extend({
    /** Folder whose `*.bpmn` models are deployed at start-up (a changed file becomes a new version). */
    BPMN_DIR: z.string().min(1).default('bpmn'),
    /** How often the outbox is polled and overdue timers are swept, besides the wake-ups after each step. */
    RELAY_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    /**
     * Engines kept in memory between steps (each skips a recover); 0 turns the cache off. An engine
     * holds ~1.5 MB of heap (bpmn-elements gives every element its own broker and queues), so 32 of
     * them overran the capped heap under load (bench/workflow); 4 ran as fast as 8 there, with the
     * peak RSS a few MB further under 200.
     */
    ENGINE_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(4),
    /** First retry delay of an external task job (doubling per attempt). */
    JOB_RETRY_DELAY_MS: z.coerce
      .number()
      .int()
      .min(1)
      .max(600_000)
      .default(1000),
    /** A pending job whose result has not come this long after it was relayed is checked in Redis. */
    STALLED_JOB_AFTER_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(86_400_000)
      .default(600_000),
    STALLED_JOB_SWEEP_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(3_600_000)
      .default(60_000),
    TIMER_SWEEP_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(600_000)
      .default(30_000),
  });
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);

/** The validated environment, injectable. */
export abstract class WorkflowConfig {
  abstract readonly env: Env;
}
