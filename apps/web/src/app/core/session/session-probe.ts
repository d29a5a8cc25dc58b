import { HttpContextToken } from '@angular/common/http';

/**
 * Marks a request that asks whether anyone is logged in: its failure (a 401 is "no") is an answer,
 * not a session that has ended, so the session-expired interceptor leaves it alone.
 */
export const SESSION_PROBE = new HttpContextToken<boolean>(() => false);
