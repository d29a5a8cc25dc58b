import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  EchoedRequest,
  EchoUpstream,
  PUBLIC_URL,
  RunningGateway,
  createWebRoot,
  removeWebRoot,
  startEchoUpstream,
  startGateway,
} from '../support/gateway-harness';

const SESSION = 'bvr_session';

/** Identity as the gateway sees it: tokens for a known session, a login page that sets a cookie. */
function fakeIdentity() {
  const calls: { path: string; cookie?: string; proto?: string }[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://identity');
    calls.push({
      path: url.pathname,
      cookie: req.headers.cookie,
      proto: req.headers['x-forwarded-proto'] as string | undefined,
    });
    if (url.pathname === '/auth/token') {
      const known = req.headers.cookie === `${SESSION}=s%3Avalid`;
      res.writeHead(known ? 200 : 401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          known
            ? {
                accessToken: `token-for-${url.searchParams.get('audience')}`,
                expiresIn: 300,
              }
            : { message: 'Not logged in' },
        ),
      );
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json',
      'set-cookie': `${SESSION}=s%3Anew; Path=/; HttpOnly; SameSite=Lax`,
    });
    res.end(JSON.stringify({ path: url.pathname }));
  });
  return {
    calls,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the session at the gateway', () => {
  const identity = fakeIdentity();
  let upstream: EchoUpstream;
  let gateway: RunningGateway;
  let webRoot: string;

  beforeAll(async () => {
    upstream = await startEchoUpstream();
    webRoot = await createWebRoot();
    gateway = await startGateway({
      WEB_ROOT: webRoot,
      IDENTITY_URL: await identity.start(),
      WORKFLOW_URL: upstream.url,
      REPORTING_URL: upstream.url,
      BEKYMRINGSMELDING_URL: upstream.url,
      NOTIFICATION_URL: upstream.url,
      LOGIN_RATE_LIMIT: '5',
    });
  });

  afterAll(async () => {
    await gateway?.app.close();
    await upstream?.close();
    await identity.close();
    await removeWebRoot(webRoot);
  });

  const withSession = (
    value = 's%3Avalid',
    extra: Record<string, string> = {},
  ) => ({
    cookie: `${SESSION}=${value}`,
    ...extra,
  });

  /** The CSRF token the gateway hands the SPA for this session, from a page load. */
  async function csrfToken(): Promise<string> {
    const page = await fetch(`${gateway.url}/`, { headers: withSession() });
    const cookie = page.headers
      .getSetCookie()
      .find((c) => c.startsWith('XSRF-TOKEN='));
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/HttpOnly/);
    return (cookie as string).split(';')[0].slice('XSRF-TOKEN='.length);
  }

  it("should call the service with the session's access token for that service, and no cookie", async () => {
    const response = await fetch(`${gateway.url}/api/workflow/tasks`, {
      headers: withSession(),
    });
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.headers['authorization']).toBe('Bearer token-for-workflow');
    expect(echoed.headers).not.toHaveProperty('cookie');

    const reporting = (await (
      await fetch(`${gateway.url}/api/reporting/x`, { headers: withSession() })
    ).json()) as EchoedRequest;
    expect(reporting.headers['authorization']).toBe(
      'Bearer token-for-reporting',
    );
  });

  it('should keep a token until shortly before it expires instead of asking identity every call', async () => {
    await fetch(`${gateway.url}/api/bekymringsmelding/a`, {
      headers: withSession(),
    });
    const asked = identity.calls.filter((c) => c.path === '/auth/token').length;
    await fetch(`${gateway.url}/api/bekymringsmelding/b`, {
      headers: withSession(),
    });
    expect(identity.calls.filter((c) => c.path === '/auth/token')).toHaveLength(
      asked,
    );
  });

  it('should send no token, and not the browser one either, when the session is gone', async () => {
    const response = await fetch(`${gateway.url}/api/workflow/tasks`, {
      headers: withSession('s%3Aexpired', { authorization: 'Bearer smuggled' }),
    });
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.headers).not.toHaveProperty('authorization');
  });

  it('should refuse a state-changing call on the session without the CSRF token', async () => {
    const response = await fetch(
      `${gateway.url}/api/workflow/tasks/1/complete`,
      {
        method: 'POST',
        headers: withSession('s%3Avalid', { origin: PUBLIC_URL }),
      },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      code: 'COMMON.CROSS_SITE_REQUEST',
      message:
        'Sikkerhetsnøkkelen mangler eller er utløpt. Last siden på nytt og prøv igjen.',
    });
  });

  it('should refuse a state-changing call from another site even with the token', async () => {
    const token = await csrfToken();
    const response = await fetch(
      `${gateway.url}/api/workflow/tasks/1/complete`,
      {
        method: 'POST',
        headers: withSession('s%3Avalid', {
          origin: 'https://evil.example',
          'x-xsrf-token': token,
        }),
      },
    );
    expect(response.status).toBe(403);
  });

  it('should refuse, not fail on, a malformed Referer when there is no Origin', async () => {
    const token = await csrfToken();
    const response = await fetch(
      `${gateway.url}/api/workflow/tasks/1/complete`,
      {
        method: 'POST',
        headers: withSession('s%3Avalid', {
          referer: 'not a url',
          'x-xsrf-token': token,
        }),
      },
    );
    expect(response.status).toBe(403);
  });

  it('should refuse the token of another session', async () => {
    const token = await csrfToken();
    const response = await fetch(
      `${gateway.url}/api/workflow/tasks/1/complete`,
      {
        method: 'POST',
        headers: withSession('s%3Aother', {
          origin: PUBLIC_URL,
          'x-xsrf-token': token,
        }),
      },
    );
    expect(response.status).toBe(403);
  });

  it('should let a same-origin call with the token through', async () => {
    const token = await csrfToken();
    const response = await fetch(
      `${gateway.url}/api/workflow/tasks/1/complete`,
      {
        method: 'POST',
        headers: withSession('s%3Avalid', {
          origin: PUBLIC_URL,
          'x-xsrf-token': token,
        }),
      },
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as EchoedRequest).method).toBe('POST');
  });

  it('should proxy the login routes to identity with only the session cookie, and pass its cookie back', async () => {
    const response = await fetch(
      `${gateway.url}/auth/login?returnTo=/oppgaver`,
      {
        headers: { cookie: `${SESSION}=s%3Avalid; XSRF-TOKEN=abc; other=1` },
        redirect: 'manual',
      },
    );
    expect(await response.json()).toEqual({ path: '/auth/login' });
    expect(response.headers.getSetCookie()).toContain(
      `${SESSION}=s%3Anew; Path=/; HttpOnly; SameSite=Lax`,
    );
    const call = identity.calls.filter((c) => c.path === '/auth/login').at(-1);
    expect(call?.cookie).toBe(`${SESSION}=s%3Avalid`);
    expect(call?.proto).toBe('http');
  });

  it('should not expose the token exchange to the browser', async () => {
    const response = await fetch(
      `${gateway.url}/auth/token?audience=workflow`,
      {
        headers: withSession(),
      },
    );
    expect(response.status).toBe(404);
  });

  it('should limit login attempts per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (
          await fetch(`${gateway.url}/auth/callback?code=x`, {
            redirect: 'manual',
          })
        ).status,
      );
    expect(statuses.slice(-1)).toEqual([429]);
    const limited = await fetch(`${gateway.url}/auth/callback?code=x`);
    expect(await limited.json()).toMatchObject({ code: 'COMMON.RATE_LIMITED' });
  });
});
