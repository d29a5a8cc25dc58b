import {
  baseEnvSchema,
  databaseEnvSchema,
  loadEnv,
  redisEnvSchema,
  smtpEnvSchema,
} from '@bvr/service-kit';
import { z } from 'zod';

export const envSchema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend(redisEnvSchema.shape)
  .extend(smtpEnvSchema.shape)
  .extend({
    MAIL_FROM: z
      .string()
      .min(3)
      .default('Barnevernsrapportering <ikke-svar@barnevern.local>'),
  });
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
