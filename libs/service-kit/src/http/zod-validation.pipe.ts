import { ErrorCode } from '@bvr/contracts';
import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { DomainError } from './domain-error';

/** The request itself is malformed; answered with 400 and the message. */
export class RequestValidationError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
}

/**
 * Validates one request part (`@Query(...)`, `@Param(...)`) with a zod schema and returns the parsed
 * value. The message names each bad field: `Invalid query: asOf: expected a date as YYYY-MM-DD`; `details`
 * lists them one by one (`{ path, message }`) for a form to show beside its fields.
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform {
  constructor(
    private readonly schema: S,
    private readonly what: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const issues = result.error.issues.map((issue) =>
      issue.path.length > 0
        ? `${issue.path.join('.')}: ${issue.message}`
        : issue.message,
    );
    throw new RequestValidationError(
      `Invalid ${this.what}: ${issues.join('; ')}`,
      {
        details: result.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      },
    );
  }
}
