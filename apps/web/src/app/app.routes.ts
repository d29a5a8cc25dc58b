import { Routes } from '@angular/router';

const productName = 'Barnevernsrapportering';
const pageTitle = (page: string): string => `${page} – ${productName}`;

export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: productName,
    loadComponent: () =>
      import('./pages/landing/landing-page').then((m) => m.LandingPage),
  },
  {
    path: 'oppgaver',
    title: pageTitle('Oppgaver'),
    loadComponent: () =>
      import('./pages/tasks/tasks-page').then((m) => m.TasksPage),
  },
  {
    path: 'profil',
    title: pageTitle('Brukerprofil'),
    loadComponent: () =>
      import('./pages/profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    path: 'utrapportering',
    title: pageTitle('Utrapportering'),
    loadComponent: () =>
      import('./pages/public-reporting/public-reporting-page').then(
        (m) => m.PublicReportingPage,
      ),
  },
  {
    path: 'bekymringsmelding',
    title: pageTitle('Bekymringsmelding'),
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
