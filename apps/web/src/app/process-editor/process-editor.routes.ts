import type { CanDeactivateFn, Routes } from '@angular/router';
import { pageTitle } from '../core/navigation/page-title';
import { registeredUserGuard } from '../core/session/session-guards';
import { platformAdminGuard } from '../process-admin/platform-admin.guard';
import type { ProcessEditorPage } from './process-editor-page';

/** Leaving the editor with changes that are not published: the page asks first. */
export const unpublishedProcessGuard: CanDeactivateFn<ProcessEditorPage> = (
  page,
) => page.canLeave();

/**
 * Mounted at `admin/prosesser/rediger`: logged in, registered, and `platform-admin@national`.
 * `ny` is an empty diagram; `:key` opens the newest version of a deployed process. bpmn-js and the
 * properties panel load only when the page has rendered (`import()` in the page).
 */
export const processEditorRoutes: Routes = [
  {
    path: '',
    canActivate: [registeredUserGuard, platformAdminGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: '/admin/prosesser' },
      {
        path: 'ny',
        title: pageTitle('Ny prosess'),
        canDeactivate: [unpublishedProcessGuard],
        loadComponent: () =>
          import('./process-editor-page').then((m) => m.ProcessEditorPage),
      },
      {
        path: ':key',
        // The page sets the process name as the title once it has loaded.
        title: pageTitle('Rediger prosess'),
        canDeactivate: [unpublishedProcessGuard],
        loadComponent: () =>
          import('./process-editor-page').then((m) => m.ProcessEditorPage),
      },
    ],
  },
];
