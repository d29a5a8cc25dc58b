import {
  baseEnvSchema,
  databaseEnvSchema,
  loadEnv,
  PUBLIC_URL_RULE,
  publicUrlIsSafe,
  redisEnvSchema,
} from '@bvr/service-kit';
import { z } from 'zod';

const ACR_LEVELS = ['idporten-loa-substantial', 'idporten-loa-high'] as const;

export const envSchema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend(redisEnvSchema.shape)
  .extend({
    /** The OpenID Provider: ID-porten (https://test.idporten.no) or dev-idporten locally. */
    OIDC_ISSUER: z.url(),
    /**
     * Where identity itself reaches the provider, when that differs from the issuer URL the browser
     * uses (dev-idporten in docker compose). Endpoints identity calls are rewritten to it.
     */
    OIDC_INTERNAL_URL: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1),
    OIDC_CLIENT_SECRET: z.string().min(1),
    /** The level of assurance asked for and required in the returned `acr`. */
    OIDC_ACR: z.enum(ACR_LEVELS).default('idporten-loa-substantial'),
    /** The browser's origin (the gateway): the callback and the pages users return to are under it. */
    PUBLIC_URL: z.url(),
    /** This service's own URL as it signs access tokens (`iss`); services fetch `<ISSUER>/.well-known/jwks.json`. */
    TOKEN_ISSUER: z.url(),
    /** Services an access token may be issued for (its `aud`). */
    TOKEN_AUDIENCES: z
      .string()
      .default('identity,workflow,reporting,bekymringsmelding,notification')
      .transform((list) => list.split(',').map((name) => name.trim())),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(30)
      .max(3600)
      .default(300),
    /** The reporting service, whose public reference data routes access applications to the right office. */
    REPORTING_URL: z.url(),
    /** Signs the session cookie; at least 32 characters. */
    SESSION_SECRET: z.string().min(32),
    /** A session ends after this long without requests… */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(120),
    /** …and at the latest this long after login. */
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(12),
    /** A start command sent this long ago that the workflow has not taken is checked in Redis, and re-sent if gone. */
    APPLICATION_COMMAND_LOST_AFTER_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(86_400_000)
      .default(600_000),
  })
  .refine(publicUrlIsSafe, PUBLIC_URL_RULE);
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);

/** The validated environment, injectable. */
export abstract class IdentityConfig {
  abstract readonly env: Env;
}
