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
  .extend(authEnvSchema.shape);
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
