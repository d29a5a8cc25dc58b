import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { loginUrl } from '../core/session/login-redirect';
import { SessionStore } from '../core/session/session-store';

/**
 * "Logg inn", or the person with their workplace and "Logg ut". Login is a server route (a full
 * page load that comes back to this page); logout is a POST that answers where to go next.
 */
@Component({
  selector: 'app-session-control',
  templateUrl: './session-control.html',
  styleUrl: './session-control.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionControl {
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly loggingOut = signal(false);
  protected readonly logoutFailed = signal(false);

  private readonly currentUrl = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  protected readonly loginHref = computed(() => loginUrl(this.currentUrl()));

  protected async logout(): Promise<void> {
    if (this.loggingOut()) return;
    this.loggingOut.set(true);
    this.logoutFailed.set(false);
    try {
      // On success the browser leaves for ID-porten; the button stays busy until then.
      await this.session.logout();
    } catch {
      this.logoutFailed.set(true);
      this.loggingOut.set(false);
    }
  }
}
