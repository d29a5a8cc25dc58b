import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { SessionStore } from '../core/session/session-store';
import { SessionControl } from './session-control';

interface NavItem {
  readonly path: string;
  readonly label: string;
}

/** Banner with the main menu; the menu's pages need a registered user, so it shows only for one. */
@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive, SessionControl],
  templateUrl: './site-header.html',
  styleUrl: './site-header.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  protected readonly session = inject(SessionStore);
  protected readonly navItems: readonly NavItem[] = [
    { path: '/oppgaver', label: 'Oppgaver' },
    { path: '/profil', label: 'Brukerprofil' },
  ];
}
