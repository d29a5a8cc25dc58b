import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '../core/session/session-store';
import { holdsRole } from './concern-inbox-rules';

/**
 * «Motta bekymringsmeldinger» needs a `concern-caseworker` grant for some kommune or bydel; anyone
 * else goes to the front page. Runs after `registeredUserGuard` (see the routes), which sends a
 * person without a session or registration on; the router takes the first guard's answer.
 */
export const concernCaseworkerGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (!session.registered()) return false;
  return holdsRole(session.grants(), 'concern-caseworker')
    ? true
    : router.parseUrl('/');
};
