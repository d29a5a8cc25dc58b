import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { catchError, map, of } from 'rxjs';
import { SessionUser, toSessionUser } from './session-user';

/** Relative URL, so the request goes through the gateway on the same origin. */
export const SESSION_URL = '/api/identity/session';

type SessionStatus = 'idle' | 'loading' | 'loaded';

/** Signal store for the current session. Any error (incl. 401) means "not logged in". */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly status = signal<SessionStatus>('idle');
  private readonly currentUser = signal<SessionUser | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly loaded = computed(() => this.status() === 'loaded');
  readonly loggedIn = computed(() => this.currentUser() !== null);

  load(): void {
    if (this.status() === 'loading') {
      return;
    }
    this.status.set('loading');
    this.http
      .get<unknown>(SESSION_URL)
      .pipe(
        map(toSessionUser),
        catchError(() => of(null)),
      )
      .subscribe((user) => {
        this.currentUser.set(user);
        this.status.set('loaded');
      });
  }
}
