import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SessionStore } from '../core/session/session-store';

/** "Logg inn" / user + "Logg ut". Auth endpoints are server routes, so plain hrefs (full page loads). */
@Component({
  selector: 'app-session-control',
  templateUrl: './session-control.html',
  styleUrl: './session-control.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionControl {
  protected readonly session = inject(SessionStore);
}
