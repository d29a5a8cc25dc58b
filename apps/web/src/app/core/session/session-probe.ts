import { HttpContextToken } from '@angular/common/http';

/**
 * Marks the request that asks whether anyone is logged in: its 401 is an answer ("no"), not a
 * session that has ended, so the session-expired interceptor leaves it alone.
 */
export const SESSION_PROBE = new HttpContextToken<boolean>(() => false);
