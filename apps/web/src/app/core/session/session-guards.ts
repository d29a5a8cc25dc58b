import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { safeReturnTo } from '../navigation/return-to';
import { LoginRedirect } from './login-redirect';
import { SessionStore } from './session-store';

export const REGISTRATION_PATH = '/registrering';

/** Where to go after registering: a path in this app, never back to the registration itself. */
export function registrationReturnTo(value: unknown): string {
  const target = safeReturnTo(value);
  const path = target.split(/[?#]/)[0];
  return path === REGISTRATION_PATH ? '/' : target;
}

// Guards inject everything before their first `await`: inject() only works synchronously.

/**
 * Pages for logged-in, registered users. No session: log in (full page) and come back here.
 * Logged in but not registered: "Start registrering" first. Session unknown (identity down, or a
 * login that did not stick): the landing page, which says so.
 */
export const registeredUserGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const loginRedirect = inject(LoginRedirect);
  await session.ensureLoaded();
  if (session.registered()) return true;
  if (session.loggedIn()) return registrationFirst(router, state.url);
  return logInFirst(router, loginRedirect, session, state.url);
};

/** Public pages: anyone may see them, but a logged-in person who has not registered does that first. */
export const registrationFirstGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  return session.loggedIn() && !session.registered()
    ? registrationFirst(router, state.url)
    : true;
};

/** "Start registrering": needs a session; someone already registered goes straight on to `returnTo`. */
export const registrationPageGuard: CanActivateFn = async (route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const loginRedirect = inject(LoginRedirect);
  await session.ensureLoaded();
  if (session.registered())
    return router.parseUrl(
      registrationReturnTo(route.queryParamMap.get('returnTo')),
    );
  if (session.loggedIn()) return true;
  return logInFirst(router, loginRedirect, session, state.url);
};

function registrationFirst(router: Router, returnTo: string): UrlTree {
  return router.createUrlTree([REGISTRATION_PATH], {
    queryParams: { returnTo },
  });
}

/** Leaves for login (cancelling this navigation), or the landing page when that is not possible now. */
function logInFirst(
  router: Router,
  loginRedirect: LoginRedirect,
  session: SessionStore,
  returnTo: string,
): boolean | UrlTree {
  if (session.unavailable()) return router.parseUrl('/');
  return loginRedirect.start(returnTo) === 'leaving'
    ? false
    : router.parseUrl('/');
}
