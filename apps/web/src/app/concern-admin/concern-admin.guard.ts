import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '../core/session/session-store';
import { adminKommuner } from './concern-admin-rules';

/**
 * The service admin's pages need a `concern-admin` grant for a kommune (or a bydel of it); anyone
 * else goes to the front page. Runs after `registeredUserGuard` (see the routes), which sends a
 * person without a session or registration on; the router takes the first guard's answer.
 */
export const concernAdminGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (!session.registered()) return false;
  return adminKommuner(session.grants()).length > 0
    ? true
    : router.parseUrl('/');
};
