import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withInMemoryScrolling } from '@angular/router';
import { appRoutes } from './app.routes';
import { sessionExpiredInterceptor } from './core/session/session-expired-interceptor';
import { SessionStore } from './core/session/session-store';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(
      withFetch(),
      // The gateway's CSRF check: cookie XSRF-TOKEN echoed as header X-XSRF-TOKEN on every
      // same-origin POST/PUT/PATCH/DELETE. Angular's XSRF interceptor runs before the fetch backend.
      withXsrfConfiguration({
        cookieName: 'XSRF-TOKEN',
        headerName: 'X-XSRF-TOKEN',
      }),
      withInterceptors([sessionExpiredInterceptor]),
    ),
    provideRouter(
      appRoutes,
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    // Fire-and-forget: the shell renders at once; guards await the same request.
    provideAppInitializer(() => {
      void inject(SessionStore).ensureLoaded();
    }),
  ],
};
