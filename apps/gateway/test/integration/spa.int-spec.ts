import {
  createWebRoot,
  downUpstreamUrl,
  HASHED_ASSET,
  removeWebRoot,
  RunningGateway,
  startGateway,
} from '../support/gateway-harness';

const html = { accept: 'text/html,application/xhtml+xml' };

/** The gateway serving a web root laid out like `nx build web` output. */
describe('serving the SPA', () => {
  let gateway: RunningGateway;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await createWebRoot();
    gateway = await startGateway({
      WEB_ROOT: webRoot,
      ...allUpstreamsAt(await downUpstreamUrl()),
    });
  });

  afterAll(async () => {
    await gateway?.app.close();
    await removeWebRoot(webRoot);
  });

  it.each(['/', '/oppgaver', '/profil/innstillinger', '/index.html'])(
    'should answer %s with index.html under the CSP',
    async (path) => {
      // when
      const response = await fetch(`${gateway.url}${path}`, { headers: html });

      // then
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(await response.text()).toContain('<app-root');
    },
  );

  it('should hand Angular the nonce its component styles need, new on every page', async () => {
    // when
    const first = await fetch(`${gateway.url}/oppgaver`, { headers: html });
    const second = await fetch(`${gateway.url}/oppgaver`, { headers: html });

    // then
    const nonceOf = (csp: string | null) =>
      /style-src 'self' 'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    const nonce = nonceOf(first.headers.get('content-security-policy'));
    expect(nonce).toBeDefined();
    expect(await first.text()).toContain(`<app-root ngCspNonce="${nonce}">`);
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(
      nonce,
    );
  });

  it("should allow only the properties panel's two style attributes, by hash", async () => {
    // when
    const response = await fetch(`${gateway.url}/admin/prosesser`, {
      headers: html,
    });

    // then
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(/style-src-attr ([^;]+)/.exec(csp)?.[1]).toBe(
      "'unsafe-hashes' 'sha256-nR5hyLltSjfvi2rqC26RbcredWrJvTaPA1yqPX96jpY=' 'sha256-LIWyuNLBDBQuKJLr4mOx2cFEzHX9lM0BrbfcAAzCvSU='",
    );
    expect(csp).not.toContain('unsafe-inline');
  });

  it('should let browsers keep a hashed asset for a year', async () => {
    // when
    const response = await fetch(`${gateway.url}/${HASHED_ASSET}`);

    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(await response.text()).toBe('console.log("spa");');
  });

  it('should make browsers revalidate an asset without a hash', async () => {
    // when
    const response = await fetch(`${gateway.url}/favicon.ico`);

    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('should answer a missing chunk with 404, not with the page', async () => {
    // when
    const response = await fetch(`${gateway.url}/chunk-MISSING1.js`, {
      headers: { accept: '*/*' },
    });

    // then
    expect(response.status).toBe(404);
  });

  it('should leave /health and /docs to the gateway itself', async () => {
    // when
    const health = await fetch(`${gateway.url}/health`, { headers: html });
    const docs = await fetch(`${gateway.url}/docs/openapi.json`, {
      headers: html,
    });

    // then
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect(docs.status).toBe(200);
    await expect(docs.json()).resolves.toMatchObject({
      info: { title: 'gateway API' },
    });
  });

  it('should send the security headers and no X-Powered-By', async () => {
    // when
    const response = await fetch(`${gateway.url}/`, { headers: html });

    // then
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain(
      'max-age=31536000',
    );
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('before the SPA is built, in development', () => {
  let gateway: RunningGateway;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await createWebRoot(false);
    gateway = await startGateway({
      NODE_ENV: 'development',
      WEB_ROOT: webRoot,
      ...allUpstreamsAt(await downUpstreamUrl()),
    });
  });

  afterAll(async () => {
    await gateway?.app.close();
    await removeWebRoot(webRoot);
  });

  it('should answer pages with 503 and how to build the SPA', async () => {
    // when
    const response = await fetch(`${gateway.url}/oppgaver`, { headers: html });

    // then
    expect(response.status).toBe(503);
    await expect(response.text()).resolves.toBe(
      'SPA not built: run npx nx build web',
    );
  });

  it('should still answer /health', async () => {
    // when
    const response = await fetch(`${gateway.url}/health`);

    // then
    expect(response.status).toBe(200);
  });

  it('should not send HSTS over plain HTTP in development', async () => {
    // when
    const response = await fetch(`${gateway.url}/health`);

    // then
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

function allUpstreamsAt(url: string): Record<string, string> {
  return {
    IDENTITY_URL: url,
    WORKFLOW_URL: url,
    REPORTING_URL: url,
    BEKYMRINGSMELDING_URL: url,
    NOTIFICATION_URL: url,
  };
}
