import { baseEnvSchema, httpUrl, loadEnv } from '@bvr/service-kit';
import { z } from 'zod';

/** A comma-separated list of http(s) URLs, at least one. */
const urlList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(httpUrl()).min(1, 'expected at least one URL'));

/** The provider is mounted at the root of the app, so the issuer is an origin: no path, query or fragment. */
const issuer = httpUrl()
  .transform((value) => value.replace(/\/+$/, ''))
  .refine((value) => {
    const url = new URL(value);
    return url.pathname === '/' && !url.search && !url.hash;
  }, 'expected an origin without a path, e.g. http://127.0.0.1:3006');

export const envSchema = baseEnvSchema
  .extend({
    /** Guard: this provider signs in anyone as anyone, so it refuses to start in production. */
    NODE_ENV: z
      .enum(['development', 'test'], {
        error:
          'dev-idporten signs anyone in as anyone: development or test only',
      })
      .default('development'),
    /** The public URL clients reach the provider at; defaults to http://127.0.0.1:<PORT>. */
    ISSUER: issuer.optional(),
    CLIENT_ID: z.string().min(1).default('barnevern-local'),
    CLIENT_SECRET: z.string().min(8).default('local-dev-secret'),
    REDIRECT_URIS: urlList('http://127.0.0.1:4100/auth/callback'),
    POST_LOGOUT_REDIRECT_URIS: urlList('http://127.0.0.1:4100/'),
    /** Keys that sign the provider's cookies (comma list, first signs); random per start when unset. */
    COOKIE_KEYS: z
      .string()
      .transform((value) => value.split(',').map((key) => key.trim()))
      .pipe(z.array(z.string().min(16, 'each key needs 16+ characters')))
      .optional(),
  })
  .transform((env) => ({
    ...env,
    ISSUER: env.ISSUER ?? `http://127.0.0.1:${env.PORT}`,
  }));
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
