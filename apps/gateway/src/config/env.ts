import {
  baseEnvSchema,
  httpUrl,
  loadEnv,
  PUBLIC_URL_RULE,
  publicUrlIsSafe,
  redisEnvSchema,
} from '@bvr/service-kit';
import { resolve } from 'node:path';
import { z } from 'zod';

export const envSchema = baseEnvSchema
  .extend(redisEnvSchema.shape)
  .extend({
    IDENTITY_URL: httpUrl(),
    WORKFLOW_URL: httpUrl(),
    REPORTING_URL: httpUrl(),
    BEKYMRINGSMELDING_URL: httpUrl(),
    NOTIFICATION_URL: httpUrl(),
    /** The browser's origin for this gateway, e.g. https://rapportering.example.no: state-changing requests must come from it. */
    PUBLIC_URL: z.url(),
    /** Binds the CSRF token to the session; at least 32 characters. */
    CSRF_SECRET: z.string().min(32),
    /** Upstreams that get the session's access token (identity issues tokens for these audiences). */
    TOKEN_AUDIENCES: z
      .string()
      .default('identity,workflow,reporting,bekymringsmelding,notification')
      .transform((list) => list.split(',').map((name) => name.trim())),
    /** Per client address and minute: logins, and calls to public endpoints without a session. */
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
    PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
    /** Per case system and minute: calls with its own access token (then the public limit does not apply). */
    CASE_SYSTEM_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
    /** Identity's issuer and keys, to recognize a case system's token; default IDENTITY_URL and its JWKS. */
    AUTH_ISSUER: z.url().optional(),
    AUTH_JWKS_URL: z.url().optional(),
    /** Per client address and minute: bekymringsmeldinger sent, logged in or not (a flood would bury real ones). */
    CONCERN_INTAKE_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    /** The built Angular SPA; a relative path resolves from the working directory. */
    WEB_ROOT: z
      .string()
      .min(1)
      .default('dist/apps/web/browser')
      .transform((path) => resolve(path)),
  })
  .refine(publicUrlIsSafe, PUBLIC_URL_RULE);
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
