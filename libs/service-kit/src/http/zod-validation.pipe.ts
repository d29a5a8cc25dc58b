import { ErrorCode } from '@bvr/contracts';
import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { DomainError } from './domain-error';
import { storageProblems } from './storable-input';

/** The request itself is malformed; answered with 400 and the message. */
export class RequestValidationError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
}

/**
 * Validates one request part (`@Query(...)`, `@Param(...)`) with a zod schema and returns the parsed
 * value; text PostgreSQL cannot store, and nesting too deep, are refused first (`storageProblems`).
 * The message names each bad field: `Invalid query: asOf: expected a date as YYYY-MM-DD`; `details`
 * lists them one by one (`{ path, message }`) for a form to show beside its fields.
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform {
  constructor(
    private readonly schema: S,
    private readonly what: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    const unstorable = storageProblems(value);
    if (unstorable.length) throw this.invalid(unstorable);
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw this.invalid(result.error.issues);
  }

  private invalid(
    issues: readonly { path: PropertyKey[]; message: string }[],
  ): RequestValidationError {
    const where = (issue: { path: PropertyKey[] }) =>
      issue.path.map(String).join('.');
    return new RequestValidationError(
      `Invalid ${this.what}: ${issues
        .map((issue) =>
          issue.path.length
            ? `${where(issue)}: ${issue.message}`
            : issue.message,
        )
        .join('; ')}`,
      {
        details: issues.map((issue) => ({
          path: where(issue),
          message: issue.message,
        })),
      },
    );
  }
}
