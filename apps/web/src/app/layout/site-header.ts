import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
// Type only: a value import would put the whole of @bvr/contracts (and zod) in the initial bundle.
import type { Role } from '@bvr/contracts';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { SessionStore } from '../core/session/session-store';
import { SessionControl } from './session-control';

interface NavItem {
  readonly path: string;
  readonly label: string;
  /** Shown to holders of one of these roles; to every registered user when absent. */
  readonly roles?: readonly Role[];
}

const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/rapportering',
    label: 'Innrapportering',
    roles: ['unit-reporter'],
  },
  {
    path: '/oversikt',
    label: 'Oversikt',
    roles: ['statsforvalter-caseworker', 'bufdir', 'platform-admin'],
  },
  {
    path: '/motta-bekymringsmeldinger',
    label: 'Motta bekymringsmeldinger',
    roles: ['concern-caseworker'],
  },
  {
    path: '/bekymringsmelding/tjeneste',
    label: 'Bekymringsmelding – oppsett',
    roles: ['concern-admin'],
  },
  {
    path: '/admin/prosesser',
    label: 'Prosesser',
    roles: ['platform-admin'],
  },
  { path: '/oppgaver', label: 'Oppgaver' },
  { path: '/profil', label: 'Brukerprofil' },
];

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
  protected readonly navItems = computed(() => {
    const held = new Set(this.session.grants().map((grant) => grant.role));
    return NAV_ITEMS.filter(
      (item) => !item.roles || item.roles.some((role) => held.has(role)),
    );
  });
}
