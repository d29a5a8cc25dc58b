import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '../core/session/session-store';
import { isPlatformAdmin } from './platform-admin';

/**
 * «Prosesser» needs a `platform-admin` grant; anyone else goes to the front page. Runs after
 * `registeredUserGuard` (see the routes), which sends a person without a session or registration
 * on; the router takes the first guard's answer. The workflow API checks the role too.
 */
export const platformAdminGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (!session.registered()) return false;
  return isPlatformAdmin(session.grants()) ? true : router.parseUrl('/');
};
