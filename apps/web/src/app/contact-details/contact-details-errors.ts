import { HttpErrorResponse } from '@angular/common/http';
import { errorCodeOf } from '../core/http/error-messages';

export const CONTACT_FIELDS = ['name', 'email', 'phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type FieldErrors = Partial<Record<ContactField, string>>;

/** A validation issue from zod (`path: ['email']`) or from the server (`path: 'email'`). */
export interface IssueLike {
  readonly path: unknown;
  readonly message: unknown;
}

const isContactField = (value: unknown): value is ContactField =>
  (CONTACT_FIELDS as readonly unknown[]).includes(value);

function fieldOf(path: unknown): unknown {
  if (Array.isArray(path)) return path[0];
  return typeof path === 'string' ? path.split('.')[0] : undefined;
}

/** The first message per field; issues that name no known field are left out. */
export function fieldErrorsOf(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (isContactField(field) && typeof issue.message === 'string')
      errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The field errors of a `400 COMMON.VALIDATION_FAILED` answer (its `issues[]`), or null when the
 * failure is something else or names no field we show.
 */
export function serverFieldErrors(error: unknown): FieldErrors | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400)
    return null;
  if (errorCodeOf(error) !== 'COMMON.VALIDATION_FAILED') return null;
  const issues = (error.error as Record<string, unknown>)['issues'];
  if (!Array.isArray(issues)) return null;
  const errors = fieldErrorsOf(
    issues.filter(
      (issue): issue is IssueLike =>
        typeof issue === 'object' && issue !== null,
    ),
  );
  return Object.keys(errors).length > 0 ? errors : null;
}
