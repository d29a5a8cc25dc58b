import {
  HttpErrorResponse,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { BrowserLocation } from '../browser/browser-location';
import { LoginRedirect } from './login-redirect';
import { SESSION_PROBE } from './session-probe';

const isApiRequest = (request: HttpRequest<unknown>): boolean =>
  request.url.startsWith('/api/');

/**
 * A 401 from `/api/…` means the session is gone: log in again and come back to this page. The
 * error still reaches the caller, which may say so while the browser leaves.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const loginRedirect = inject(LoginRedirect);
  const location = inject(BrowserLocation);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        isApiRequest(request) &&
        !request.context.get(SESSION_PROBE)
      )
        loginRedirect.start(location.pathWithQuery());
      return throwError(() => error);
    }),
  );
};
