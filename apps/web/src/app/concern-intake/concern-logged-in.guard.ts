import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { LoginRedirect } from '../core/session/login-redirect';
import { SessionStore } from '../core/session/session-store';

/** Where a sender lands when login is not possible now: the choice of form, which says so. */
export const CONCERN_LANDING = '/bekymringsmelding';

/**
 * The form for public employees: logged in with ID-porten, the same pattern as
 * `registeredUserGuard` but without the reporting product's registration (work e-mail and phone),
 * which a teacher or nurse sending one message has no use for. No session: log in (full page) and
 * come back here. Session unknown, or a login that did not stick: the bekymringsmelding landing.
 */
export const concernLoggedInGuard: CanActivateFn = async (_route, state) => {
  // inject() only works before the first await.
  const session = inject(SessionStore);
  const router = inject(Router);
  const loginRedirect = inject(LoginRedirect);
  await session.ensureLoaded();
  if (session.loggedIn()) return true;
  if (session.unavailable()) return router.parseUrl(CONCERN_LANDING);
  return loginRedirect.start(state.url) === 'leaving'
    ? false
    : router.parseUrl(CONCERN_LANDING);
};
