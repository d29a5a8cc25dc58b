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
 * The field errors of a `400 COMMON.VALIDATION_FAILED` answer (the service kit's `details[]`), or
 * null when the failure is something else or names no field we show. Plain data in (status and
 * body of the failed request), so it is tested without Angular.
 */
export function serverFieldErrors(
  status: number,
  body: unknown,
): FieldErrors | null {
  if (status !== 400 || typeof body !== 'object' || body === null) return null;
  const { code, details } = body as Record<string, unknown>;
  if (code !== 'COMMON.VALIDATION_FAILED' || !Array.isArray(details))
    return null;
  const errors = fieldErrorsOf(
    details.filter(
      (issue): issue is IssueLike =>
        typeof issue === 'object' && issue !== null,
    ),
  );
  return Object.keys(errors).length > 0 ? errors : null;
}
