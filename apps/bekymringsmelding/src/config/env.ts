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
    /** The reporting service, whose public reference data names kommuner and bydeler. */
    REPORTING_URL: z.url(),
    /**
     * The key-encryption key (base64, 32 bytes) that wraps each kommune's data key. In production it
     * comes from the secret store; losing it makes every stored message unreadable, by design.
     */
    CONCERN_MASTER_KEY: z
      .string()
      .refine(
        (value) => Buffer.from(value, 'base64').length === 32,
        'CONCERN_MASTER_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)',
      ),
    /** The print service's drop folder: letter post is handed over there as PDF + address. */
    PRINT_SPOOL_DIR: z.string().min(1),
    /** The agreed time: a message not confirmed within this many working days goes as letter post. */
    LETTER_POST_AFTER_WORKING_DAYS: z.coerce
      .number()
      .int()
      .min(2)
      .max(30)
      .default(5),
    /** Nothing is kept longer than this: content older than it is deleted whatever its state. */
    RETENTION_DAYS: z.coerce.number().int().min(1).max(30).default(30),
    /** How often unsent workflow commands are re-sent and expired content deleted; tests shorten it. */
    SWEEP_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(3_600_000)
      .default(60_000),
    /** A command sent this long ago that the workflow has not taken is checked in Redis, and re-sent if gone. */
    CONCERN_COMMAND_LOST_AFTER_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(86_400_000)
      .default(600_000),
  });
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);

/** The environment as the modules read it (injectable). */
export class BekymringsmeldingConfig {
  constructor(readonly env: Env) {}
}
