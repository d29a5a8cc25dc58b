import { Routes } from '@angular/router';
import {
  registeredUserGuard,
  registrationFirstGuard,
  registrationPageGuard,
} from './core/session/session-guards';

const productName = 'Barnevernsrapportering';
const pageTitle = (page: string): string => `${page} – ${productName}`;

/**
 * Landing page: public. Bekymringsmelding: public (citizens send it without logging in).
 * Everything else of the reporting product: logged in and registered.
 */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: productName,
    canActivate: [registrationFirstGuard],
    loadComponent: () =>
      import('./pages/landing/landing-page').then((m) => m.LandingPage),
  },
  {
    path: 'registrering',
    title: pageTitle('Registrering'),
    canActivate: [registrationPageGuard],
    loadComponent: () =>
      import('./pages/registration/registration-page').then(
        (m) => m.RegistrationPage,
      ),
  },
  {
    path: 'oppgaver',
    title: pageTitle('Oppgaver'),
    canActivate: [registeredUserGuard],
    loadComponent: () =>
      import('./pages/tasks/tasks-page').then((m) => m.TasksPage),
  },
  {
    path: 'profil',
    title: pageTitle('Brukerprofil'),
    canActivate: [registeredUserGuard],
    loadComponent: () =>
      import('./pages/profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    path: 'utrapportering',
    title: pageTitle('Utrapportering'),
    canActivate: [registeredUserGuard],
    loadComponent: () =>
      import('./pages/public-reporting/public-reporting-page').then(
        (m) => m.PublicReportingPage,
      ),
  },
  {
    path: 'bekymringsmelding',
    title: pageTitle('Bekymringsmelding'),
    canActivate: [registrationFirstGuard],
    loadComponent: () =>
      import('./pages/concern-report/concern-report-page').then(
        (m) => m.ConcernReportPage,
      ),
  },
  {
    path: '**',
    title: pageTitle('Fant ikke siden'),
    loadComponent: () =>
      import('./pages/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
