import { inject, Injectable, signal } from '@angular/core';
import { BrowserLocation } from '../browser/browser-location';
import { safeReturnTo } from '../navigation/return-to';

/** The server route that starts the ID-porten login; it sends the browser back to `returnTo`. */
export function loginUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;
}

/** When the SPA last sent the browser to login by itself (not a click), across page loads. */
const LAST_REDIRECT_KEY = 'bvr.login-redirect-at';
/** Back from login without a session within this time means the login did not stick: stop, do not loop. */
const LOOP_WINDOW_MS = 15_000;

export type LoginRedirectOutcome = 'leaving' | 'interrupted';

/** Sends the browser to login once, however many requests or guards ask for it at the same time. */
@Injectable({ providedIn: 'root' })
export class LoginRedirect {
  private readonly location = inject(BrowserLocation);
  private leaving = false;
  private readonly wasInterrupted = signal(false);

  /** True when an automatic login was refused to avoid a loop; the landing page says so. */
  readonly interrupted = this.wasInterrupted.asReadonly();

  start(returnTo: string, now = Date.now()): LoginRedirectOutcome {
    if (this.leaving) return 'leaving';
    const last = Number(this.location.readSession(LAST_REDIRECT_KEY));
    if (last > 0 && now - last >= 0 && now - last < LOOP_WINDOW_MS) {
      this.wasInterrupted.set(true);
      return 'interrupted';
    }
    this.leaving = true;
    this.location.writeSession(LAST_REDIRECT_KEY, String(now));
    this.location.assign(loginUrl(returnTo));
    return 'leaving';
  }

  /** A session was seen: the last login worked, so the next automatic redirect is not a loop. */
  sessionConfirmed(): void {
    this.location.writeSession(LAST_REDIRECT_KEY, null);
    this.wasInterrupted.set(false);
  }
}
