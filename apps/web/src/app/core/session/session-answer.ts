import { Me, toMe } from './me';

/** The gateway's answer to "is anyone logged in?": always 200, so a public page logs no failed request. */
export const SESSION_URL = '/api/session';

export type SessionAnswer =
  | { readonly status: 'anonymous' }
  | { readonly status: 'authenticated'; readonly user: Me };

/**
 * Narrows the body of `GET /api/session` (`{ authenticated: false }`, or `{ authenticated: true,
 * user }` with identity's profile); null when it is neither, which the store treats as unavailable.
 */
export function toSessionAnswer(body: unknown): SessionAnswer | null {
  if (typeof body !== 'object' || body === null) return null;
  const { authenticated, user } = body as Record<string, unknown>;
  if (authenticated === false) return { status: 'anonymous' };
  if (authenticated !== true) return null;
  const me = toMe(user);
  return me ? { status: 'authenticated', user: me } : null;
}
