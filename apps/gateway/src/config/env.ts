import {
  baseEnvSchema,
  httpUrl,
  loadEnv,
  redisEnvSchema,
} from '@bvr/service-kit';
import { resolve } from 'node:path';
import { z } from 'zod';

export const envSchema = baseEnvSchema.extend(redisEnvSchema.shape).extend({
  IDENTITY_URL: httpUrl(),
  WORKFLOW_URL: httpUrl(),
  REPORTING_URL: httpUrl(),
  BEKYMRINGSMELDING_URL: httpUrl(),
  NOTIFICATION_URL: httpUrl(),
  /** The built Angular SPA; a relative path resolves from the working directory. */
  WEB_ROOT: z
    .string()
    .min(1)
    .default('dist/apps/web/browser')
    .transform((path) => resolve(path)),
});
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
