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
    /** How often unsent workflow commands of submitted reports are re-sent; tests shorten it. */
    REPORT_COMMAND_SWEEP_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(3_600_000)
      .default(60_000),
  });
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
