import { baseEnvSchema, loadEnv } from '@bvr/service-kit';
import { z } from 'zod';

export const envSchema = baseEnvSchema.extend({
  /** Guard: this provider signs in anyone as anyone, so it refuses to start in production. */
  NODE_ENV: z.enum(['development', 'test']).default('development'),
});
export type Env = z.infer<typeof envSchema>;

export const readEnv = (): Env => loadEnv(envSchema, process.env);
