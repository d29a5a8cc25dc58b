import { z } from 'zod';

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `expected a ${protocols.map((protocol) => `${protocol}//`).join(' or ')} URL`,
  );

/** Variables every service reads. */
export const baseEnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
});

export const databaseEnvSchema = z.object({
  DATABASE_URL: url(['postgres:', 'postgresql:']),
});
export const redisEnvSchema = z.object({
  REDIS_URL: url(['redis:', 'rediss:']),
  /** BullMQ key prefix; tests give each run its own. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('bull'),
});
export const smtpEnvSchema = z.object({ SMTP_URL: url(['smtp:', 'smtps:']) });
export const httpUrl = () => url(['http:', 'https:']);

export type BaseEnv = z.infer<typeof baseEnvSchema>;
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;
export type RedisEnv = z.infer<typeof redisEnvSchema>;

/**
 * Where browsers reach the platform must be HTTPS in production (Secure cookies, HSTS), except on
 * the loopback address, where a local trial runs the production build over plain HTTP.
 */
export function publicUrlIsSafe(env: {
  NODE_ENV: string;
  PUBLIC_URL: string;
}): boolean {
  const url = new URL(env.PUBLIC_URL);
  return (
    env.NODE_ENV !== 'production' ||
    url.protocol === 'https:' ||
    ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  );
}

export const PUBLIC_URL_RULE = {
  path: ['PUBLIC_URL'],
  message: 'must be https:// in production (plain http only on localhost)',
};
