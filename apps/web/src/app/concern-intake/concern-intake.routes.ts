import { Routes } from '@angular/router';
import { pageTitle } from '../core/navigation/page-title';
import { concernLoggedInGuard } from './concern-logged-in.guard';

/**
 * Children of `bekymringsmelding`: the choice of form, the two forms, and the receipt. The private
 * form is anonymous; the form for public employees needs an ID-porten login.
 */
export const concernIntakeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: pageTitle('Send bekymringsmelding til barnevernet'),
    loadComponent: () =>
      import('../pages/concern-report/concern-report-page').then(
        (m) => m.ConcernReportPage,
      ),
  },
  {
    path: 'privat',
    title: pageTitle('Bekymringsmelding fra privatperson'),
    loadComponent: () =>
      import('./private-concern-page').then((m) => m.PrivateConcernPage),
  },
  {
    path: 'offentlig',
    title: pageTitle('Bekymringsmelding fra offentlig ansatt'),
    canActivate: [concernLoggedInGuard],
    loadComponent: () =>
      import('./public-concern-page').then((m) => m.PublicConcernPage),
  },
  {
    path: 'kvittering',
    title: pageTitle('Kvittering for bekymringsmelding'),
    loadComponent: () =>
      import('./concern-receipt-page').then((m) => m.ConcernReceiptPage),
  },
];
