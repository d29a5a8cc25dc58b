import type { JSONWebKeySet } from 'jose';
import { z } from 'zod';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  /** This service's name: tokens for another service are refused. */
  audience: string;
  /** Identity's issuer URL. */
  issuer: string;
  /** Identity's published keys, fetched and cached; or a fixed key set (tests). */
  keys: { jwksUrl: string } | { jwks: JSONWebKeySet };
}

/** The environment every service that verifies access tokens reads. */
export const authEnvSchema = z.object({
  /** Identity's issuer URL, as it signs access tokens. */
  AUTH_ISSUER: z.url(),
  /** Where identity publishes its keys; defaults to `<AUTH_ISSUER>/.well-known/jwks.json`. */
  AUTH_JWKS_URL: z.url().optional(),
});
export type AuthEnv = z.infer<typeof authEnvSchema>;

export function authOptionsFromEnv(
  env: AuthEnv,
  audience: string,
): AuthOptions {
  return {
    audience,
    issuer: env.AUTH_ISSUER,
    keys: {
      jwksUrl:
        env.AUTH_JWKS_URL ??
        `${env.AUTH_ISSUER.replace(/\/$/, '')}/.well-known/jwks.json`,
    },
  };
}
