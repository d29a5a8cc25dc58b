import { Routes } from '@angular/router';
import {
  registeredUserGuard,
  registrationFirstGuard,
  registrationPageGuard,
} from './core/session/session-guards';
import { pageTitle, PRODUCT_NAME } from './core/navigation/page-title';
import { unsavedReportGuard } from './reports/unsaved-report.guard';

/**
 * Landing page: public. Bekymringsmelding: public (citizens send it without logging in).
 * Everything else of the reporting product: logged in and registered.
 */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: PRODUCT_NAME,
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
    path: 'oppgaver/:id',
    // The task page sets the task's name as the title once it has loaded.
    title: pageTitle('Oppgave'),
    canActivate: [registeredUserGuard],
    loadComponent: () =>
      import('./pages/task/task-page').then((m) => m.TaskPage),
  },
  {
    path: 'rapportering',
    title: pageTitle('Innrapportering'),
    canActivate: [registeredUserGuard],
    loadComponent: () =>
      import('./pages/reports/reports-page').then((m) => m.ReportsPage),
  },
  {
    path: 'rapportering/:periodId/:unitId',
    // The report page sets the period and unit as the title once the report has loaded.
    title: pageTitle('Halvårsrapport'),
    canActivate: [registeredUserGuard],
    canDeactivate: [unsavedReportGuard],
    loadComponent: () =>
      import('./pages/report/report-page').then((m) => m.ReportPage),
  },
  {
    path: 'oversikt',
    title: pageTitle('Oversikt'),
    canActivate: [registeredUserGuard],
    loadComponent: () =>
      import('./pages/overview/overview-page').then((m) => m.OverviewPage),
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
    // Before `bekymringsmelding`, which would otherwise take the path.
    path: 'bekymringsmelding/tjeneste',
    loadChildren: () =>
      import('./concern-admin/concern-admin.routes').then(
        (m) => m.concernAdminRoutes,
      ),
  },
  {
    // The public intake needs no login (the public employees' form asks for it itself).
    path: 'bekymringsmelding',
    loadChildren: () =>
      import('./concern-intake/concern-intake.routes').then(
        (m) => m.concernIntakeRoutes,
      ),
  },
  {
    path: 'motta-bekymringsmeldinger',
    loadChildren: () =>
      import('./concern-inbox/concern-inbox.routes').then(
        (m) => m.concernInboxRoutes,
      ),
  },
  {
    // Before `admin/prosesser`, which would otherwise take the path. The editor is its own
    // lazy chunk: bpmn-js and the properties panel load only here.
    path: 'admin/prosesser/rediger',
    loadChildren: () =>
      import('./process-editor/process-editor.routes').then(
        (m) => m.processEditorRoutes,
      ),
  },
  {
    path: 'admin/prosesser',
    loadChildren: () =>
      import('./process-admin/process-admin.routes').then(
        (m) => m.processAdminRoutes,
      ),
  },
  {
    path: '**',
    title: pageTitle('Fant ikke siden'),
    loadComponent: () =>
      import('./pages/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
