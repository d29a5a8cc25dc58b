import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '../core/session/session-store';
import { isPlatformAdmin } from './process-editor-rules';

/**
 * The process editor needs `platform-admin@national`; anyone else goes to the front page. Runs after
 * `registeredUserGuard` (see the routes), which sends a person without a session or registration on.
 */
export const platformAdminGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (!session.registered()) return false;
  return isPlatformAdmin(session.grants()) ? true : router.parseUrl('/');
};
