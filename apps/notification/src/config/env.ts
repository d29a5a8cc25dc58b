import { authEnvSchema } from '@bvr/auth';
import {
  baseEnvSchema,
  databaseEnvSchema,
  httpUrl,
  loadEnv,
  PUBLIC_URL_RULE,
  publicUrlIsSafe,
  redisEnvSchema,
  smtpEnvSchema,
} from '@bvr/service-kit';
import { z } from 'zod';

export const envSchema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend(redisEnvSchema.shape)
  .extend(smtpEnvSchema.shape)
  // Without AUTH_ISSUER the service only sends mail: the admin endpoints are not served.
  .extend(authEnvSchema.partial().shape)
  .extend({
    MAIL_FROM: z
      .string()
      .min(3)
      .default('Barnevernsrapportering <ikke-svar@barnevern.local>'),
    /** The browser's origin (the gateway): links in e-mails are this plus a path in the app. */
    PUBLIC_URL: httpUrl().default('http://localhost:4200'),
  })
  .refine(publicUrlIsSafe, PUBLIC_URL_RULE);
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
