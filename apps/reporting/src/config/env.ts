import { authEnvSchema } from '@bvr/auth';
import {
  baseEnvSchema,
  databaseEnvSchema,
  loadEnv,
  redisEnvSchema,
} from '@bvr/service-kit';
import { z } from 'zod';
import { parseReminderDays } from '../modules/reminders/domain/deadline-reminders';

export const envSchema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend(redisEnvSchema.shape)
  .extend(authEnvSchema.shape)
  .extend({
    /** How often unsent workflow commands of submitted reports are re-sent; tests shorten it. */
    REPORT_COMMAND_SWEEP_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(3_600_000)
      .default(60_000),
    /** A command sent this long ago that the workflow has not taken is checked in Redis, and re-sent if gone. */
    REPORT_COMMAND_LOST_AFTER_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(86_400_000)
      .default(600_000),
    /** Days before the kommune deadline that units which have not submitted are reminded: "7,1". */
    REMINDER_DAYS_BEFORE_DEADLINE: z
      .string()
      .default('7,1')
      .transform((value, context) => {
        try {
          return parseReminderDays(value);
        } catch (error) {
          context.addIssue({
            code: 'custom',
            message: (error as Error).message,
          });
          return z.NEVER;
        }
      }),
    /** How often due reminders are looked for (each goes out once; an hour is plenty). */
    REMINDER_SWEEP_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .max(86_400_000)
      .default(3_600_000),
  });
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
