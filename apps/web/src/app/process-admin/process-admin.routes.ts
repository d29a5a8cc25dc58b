import type { Routes, UrlMatcher, UrlSegment } from '@angular/router';
import { pageTitle } from '../core/navigation/page-title';
import { registeredUserGuard } from '../core/session/session-guards';
import { platformAdminGuard } from './platform-admin.guard';
import { isDiagramPath } from './process-diagram';

/**
 * `<key>/<version>` with a whole-number version, so `instanser/<id>` and `rediger/<key>` (added
 * next to these routes by the editor) never land on the diagram page, whatever their order.
 */
export const diagramMatcher: UrlMatcher = (segments: UrlSegment[]) =>
  isDiagramPath(segments.map((segment) => segment.path))
    ? {
        consumed: segments,
        posParams: { key: segments[0], version: segments[1] },
      }
    : null;

/**
 * Mounted at `admin/prosesser`: logged in, registered, and a platform admin. Every page is a lazy
 * chunk; bpmn-js is imported only inside the diagram component, so it never reaches the initial
 * bundle.
 */
export const processAdminRoutes: Routes = [
  {
    path: '',
    canActivate: [registeredUserGuard, platformAdminGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: pageTitle('Prosesser'),
        loadComponent: () =>
          import('./definitions-page').then((m) => m.DefinitionsPage),
      },
      {
        path: 'instanser/:id',
        // The page sets the process and the instance as the title once it has loaded.
        title: pageTitle('Prosessinstans'),
        loadComponent: () =>
          import('./instance-page').then((m) => m.InstancePage),
      },
      {
        matcher: diagramMatcher,
        // The page sets the process's name and version as the title once it has loaded.
        title: pageTitle('Prosessdiagram'),
        loadComponent: () =>
          import('./diagram-page').then((m) => m.DiagramPage),
      },
    ],
  },
];
