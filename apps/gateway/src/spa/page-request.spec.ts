import { isPageRequest } from './page-request';

const page = (
  path: string,
  overrides: { method?: string; acceptsHtml?: boolean } = {},
) => isPageRequest({ method: 'GET', acceptsHtml: true, path, ...overrides });

describe('isPageRequest', () => {
  it('should treat the routes of the SPA as pages', () => {
    expect(page('/')).toBe(true);
    expect(page('/oppgaver')).toBe(true);
    expect(page('/profil/innstillinger')).toBe(true);
    expect(page('/index.html')).toBe(true);
    expect(page('/oppgaver', { method: 'HEAD' })).toBe(true);
  });

  it('should leave the API, the login flow, health and the docs to their handlers', () => {
    expect(page('/api')).toBe(false);
    expect(page('/api/workflow/tasks')).toBe(false);
    expect(page('/auth/login')).toBe(false);
    expect(page('/health')).toBe(false);
    expect(page('/docs')).toBe(false);
    expect(page('/docs/openapi.json')).toBe(false);
    expect(page('/docs-yaml')).toBe(false);
  });

  it('should not answer a missing file with the page', () => {
    expect(page('/chunk-ABCDEFGH.js')).toBe(false);
    expect(page('/media/logo.svg')).toBe(false);
  });

  it('should only answer GET and HEAD requests that accept HTML', () => {
    expect(page('/oppgaver', { method: 'POST' })).toBe(false);
    expect(page('/oppgaver', { acceptsHtml: false })).toBe(false);
  });

  it('should still serve paths that only start like an excluded one', () => {
    expect(page('/apiet')).toBe(true);
    expect(page('/healthy')).toBe(true);
  });
});
