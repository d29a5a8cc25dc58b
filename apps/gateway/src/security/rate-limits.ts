import { ErrorCode } from '@bvr/contracts';
import type { Request, Response } from 'express';
import { rateLimit, type Options } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { GatewayErrorBody } from '../proxy/gateway-errors';

/**
 * Limits per minute, counted in Redis so every gateway process shares them: per client address for
 * logins (each one costs a round trip to ID-porten) and public endpoints called without a session;
 * per case system for the calls they make with their own access token.
 */
export function rateLimiter(
  redis: Redis,
  keyPrefix: string,
  name: string,
  perMinute: number,
  skip?: (req: Request, res: Response) => boolean,
  /** Whom a call is counted for; the client address unless given. */
  keyGenerator?: (req: Request, res: Response) => string,
) {
  const options: Partial<Options> = {
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip,
    ...(keyGenerator && { keyGenerator }),
    store: new RedisStore({
      prefix: `${keyPrefix}:rate:${name}:`,
      sendCommand: (command: string, ...args: string[]) =>
        redis.call(command, ...args) as Promise<RedisReply>,
    }),
    handler: (_req: Request, res: Response) => {
      const body: GatewayErrorBody = {
        message:
          'For mange forespørsler på kort tid. Vent et minutt og prøv igjen.',
        code: ErrorCode.RATE_LIMITED,
      };
      res.status(429).json(body);
    },
  };
  return rateLimit(options);
}
