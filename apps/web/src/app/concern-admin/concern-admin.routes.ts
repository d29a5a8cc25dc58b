import type { Routes } from '@angular/router';
import { pageTitle } from '../core/navigation/page-title';
import { registeredUserGuard } from '../core/session/session-guards';
import { concernAdminGuard } from './concern-admin.guard';

/** Mounted at `bekymringsmelding/tjeneste`: logged in, registered, and a service admin. */
export const concernAdminRoutes: Routes = [
  {
    path: '',
    canActivate: [registeredUserGuard, concernAdminGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: pageTitle('Nasjonal portal for bekymringsmelding'),
        loadComponent: () =>
          import('./concern-admin-home').then((m) => m.ConcernAdminHome),
      },
      {
        path: ':kommunenummer',
        // The page sets the kommune's name as the title once it has loaded.
        title: pageTitle('Bekymringsmelding for kommunen'),
        loadComponent: () =>
          import('./concern-service-page').then((m) => m.ConcernServicePage),
      },
    ],
  },
];
