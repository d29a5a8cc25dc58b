/** Paths the gateway never answers with the SPA: the API, the login flow, health and the API docs. */
const NOT_PAGES = /^\/(?:api|auth|health)(?:\/|$)|^\/docs/;

export interface PageRequestCandidate {
  method: string;
  path: string;
  acceptsHtml: boolean;
}

/**
 * A browser navigating to a route of the SPA (`/`, `/oppgaver`, …) gets index.html.
 * A path whose last segment has a dot names a file, so a missing asset stays a 404 instead of
 * answering a stale chunk request with HTML.
 */
export function isPageRequest(request: PageRequestCandidate): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.path === '/index.html') return true;
  if (NOT_PAGES.test(request.path)) return false;
  const lastSegment = request.path.slice(request.path.lastIndexOf('/') + 1);
  return !lastSegment.includes('.') && request.acceptsHtml;
}
