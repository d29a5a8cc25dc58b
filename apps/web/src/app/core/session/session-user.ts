/** The logged-in person, as returned by `GET /api/identity/session`. */
export interface SessionUser {
  readonly name: string;
  readonly office: string;
}

/** Narrows an untrusted response body to a SessionUser, or null if it is not one. */
export function toSessionUser(body: unknown): SessionUser | null {
  if (typeof body !== 'object' || body === null) {
    return null;
  }
  const { name, office } = body as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') {
    return null;
  }
  return { name, office: typeof office === 'string' ? office : '' };
}
