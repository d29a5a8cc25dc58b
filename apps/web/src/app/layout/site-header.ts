import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { SessionControl } from './session-control';

interface NavItem {
  readonly path: string;
  readonly label: string;
}

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive, SessionControl],
  templateUrl: './site-header.html',
  styleUrl: './site-header.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  protected readonly navItems: readonly NavItem[] = [
    { path: '/oppgaver', label: 'Oppgaver' },
    { path: '/profil', label: 'Brukerprofil' },
  ];
}
