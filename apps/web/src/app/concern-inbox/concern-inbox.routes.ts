import type { Routes } from '@angular/router';
import { pageTitle } from '../core/navigation/page-title';
import { registeredUserGuard } from '../core/session/session-guards';
import { concernCaseworkerGuard } from './concern-caseworker.guard';

/** Mounted at `motta-bekymringsmeldinger`: logged in, registered, and a caseworker. */
export const concernInboxRoutes: Routes = [
  {
    path: '',
    title: pageTitle('Motta bekymringsmeldinger'),
    canActivate: [registeredUserGuard, concernCaseworkerGuard],
    loadComponent: () =>
      import('./concern-inbox-page').then((m) => m.ConcernInboxPage),
  },
];
