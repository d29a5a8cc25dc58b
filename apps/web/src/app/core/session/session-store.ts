import {
  HttpClient,
  HttpContext,
  HttpErrorResponse,
} from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { BrowserLocation } from '../browser/browser-location';
import { ScopeNames } from '../reference-data/scope-names';
import { workplaceLabel } from './grant-labels';
import { LoginRedirect } from './login-redirect';
import { Me, toMe } from './me';
import { SESSION_URL, toSessionAnswer } from './session-answer';
import { SESSION_PROBE } from './session-probe';

/** Relative URLs: the gateway on the same origin adds the session's access token. */
export const ME_URL = '/api/identity/me';
export const LOGOUT_URL = '/auth/logout';

type SessionState =
  | { readonly status: 'idle' | 'loading' | 'anonymous' | 'unavailable' }
  | { readonly status: 'authenticated'; readonly user: Me };

/** What "Start registrering" and "Brukerprofil" send; the server validates with the same schema. */
export interface ContactDetailsInput {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

/**
 * Signal store for the current session, loaded from the gateway's `GET /api/session` (200 whether
 * or not anyone is logged in). A failure means "unavailable" and is retried on the next
 * `ensureLoaded()` (the next guarded navigation).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly location = inject(BrowserLocation);
  private readonly loginRedirect = inject(LoginRedirect);
  private readonly scopeNames = inject(ScopeNames);
  private readonly state = signal<SessionState>({ status: 'idle' });
  private pending: Promise<void> | null = null;

  readonly user = computed(() => {
    const state = this.state();
    return state.status === 'authenticated' ? state.user : null;
  });
  readonly grants = computed(() => this.user()?.grants ?? []);
  readonly loggedIn = computed(() => this.user() !== null);
  readonly registered = computed(() => this.user()?.registered === true);
  readonly loading = computed(() => this.state().status === 'loading');
  /** Settled: we know whether someone is logged in (or that we cannot tell right now). */
  readonly loaded = computed(
    () => !['idle', 'loading'].includes(this.state().status),
  );
  readonly unavailable = computed(() => this.state().status === 'unavailable');
  /** Header line 1: the person. The name is unknown before registration. */
  readonly displayName = computed(
    () => this.user()?.name ?? 'Innlogget bruker',
  );
  /** Header line 2: office or unit, e.g. "Statsforvalteren i Vestland"; null while names load. */
  readonly workplace = computed(() =>
    workplaceLabel(this.grants(), this.scopeNames.names()),
  );

  /** Loads the session unless known; concurrent callers share one request. Never rejects. */
  ensureLoaded(): Promise<void> {
    const { status } = this.state();
    if (status === 'authenticated' || status === 'anonymous')
      return Promise.resolve();
    this.pending ??= this.load().finally(() => (this.pending = null));
    return this.pending;
  }

  /** Registers or changes name, work e-mail and phone; rejects with the HttpErrorResponse. */
  async saveContactDetails(details: ContactDetailsInput): Promise<Me> {
    const body = await firstValueFrom(this.http.put<unknown>(ME_URL, details));
    const user = toMe(body);
    if (!user)
      throw new Error('PUT /me answered with something that is not a profile');
    this.authenticated(user);
    return user;
  }

  /** Ends the session on the server, then leaves for ID-porten's end-session page. */
  async logout(): Promise<void> {
    try {
      const body = await firstValueFrom(
        this.http.post<unknown>(LOGOUT_URL, {}),
      );
      this.location.assign(this.safeRedirect(body));
    } catch (error) {
      // Already logged out on the server: just start over from the landing page.
      if (!(error instanceof HttpErrorResponse) || error.status !== 401)
        throw error;
      this.location.assign('/');
    }
  }

  private async load(): Promise<void> {
    this.state.set({ status: 'loading' });
    // A failed probe is "cannot tell now", never a session that has ended: no login redirect.
    const context = new HttpContext().set(SESSION_PROBE, true);
    try {
      const answer = toSessionAnswer(
        await firstValueFrom(this.http.get<unknown>(SESSION_URL, { context })),
      );
      if (answer?.status === 'authenticated') this.authenticated(answer.user);
      else this.state.set(answer ?? { status: 'unavailable' });
    } catch {
      this.state.set({ status: 'unavailable' });
    }
  }

  private authenticated(user: Me): void {
    this.state.set({ status: 'authenticated', user });
    this.loginRedirect.sessionConfirmed();
    void this.scopeNames.resolve(user.grants.map((grant) => grant.scope));
  }

  /** `redirectTo` goes to ID-porten: any http(s) URL, but never `javascript:` and the like. */
  private safeRedirect(body: unknown): string {
    const redirectTo =
      typeof body === 'object' && body !== null
        ? (body as Record<string, unknown>)['redirectTo']
        : undefined;
    if (typeof redirectTo !== 'string' || redirectTo === '') return '/';
    try {
      const url = new URL(redirectTo, this.location.origin() || undefined);
      return url.protocol === 'https:' || url.protocol === 'http:'
        ? url.href
        : '/';
    } catch {
      return '/';
    }
  }
}
