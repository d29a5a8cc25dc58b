import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { z } from 'zod';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** As reporting's submission key: 8 to 100 URL-safe characters (a UUID will do); optional here. */
export const idempotencyKeySchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{8,100}$/,
    'expected 8 to 100 letters, digits, - or _ (a UUID will do)',
  )
  .optional();

/** The raw `Idempotency-Key` header; pass `idempotencyKeyPipe()` to check it. */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): unknown =>
    context.switchToHttp().getRequest<Request>().headers[
      IDEMPOTENCY_KEY_HEADER
    ],
);

export const idempotencyKeyPipe = () =>
  new ZodValidationPipe(idempotencyKeySchema, 'Idempotency-Key header');

/** Describes the optional `Idempotency-Key` header, and its 422, in the OpenAPI document. */
export function IdempotencyKeyHeader(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Made once per filled-in form and sent again with every resend of it: the same key with the same report answers the first receipt and stores nothing',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,100}$' },
      example: '6f1c2d1e-8a43-4c55-9d0f-2b1d8f0a9c11',
    }),
    ApiUnprocessableEntityResponse({
      type: ErrorResponseDto,
      description:
        'The key already sent another report (`COMMON.IDEMPOTENCY_KEY_REUSED`); nothing is stored',
    }),
  );
}

/**
 * SHA-256 of the request as validated (unknown fields dropped), with object keys in order, so a
 * resend matches however its JSON was written. Only this hash is stored beside the key.
 */
export function requestHash(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
