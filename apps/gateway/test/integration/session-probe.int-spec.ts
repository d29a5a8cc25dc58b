import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  EchoUpstream,
  RunningGateway,
  createWebRoot,
  removeWebRoot,
  startEchoUpstream,
  startGateway,
} from '../support/gateway-harness';

const SESSION = 'bvr_session';
const KARI = {
  id: 'u-kari',
  name: 'Kari Nordmann',
  email: 'kari@bergen.kommune.no',
  phone: '+4791234567',
  registered: true,
  grants: [],
};

/**
 * Identity as the probe sees it: a token for the session `s:valid` (and for `s:revoked`, whose
 * person identity no longer accepts), and `GET /me` for the bearer of Kari's token.
 */
function fakeIdentity() {
  const calls: { path: string; authorization?: string }[] = [];
  let meStatus = 200;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://identity');
    calls.push({
      path: url.pathname,
      authorization: req.headers.authorization,
    });
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/auth/token') {
      const token = {
        [`${SESSION}=s%3Avalid`]: 'token-kari',
        [`${SESSION}=s%3Arevoked`]: 'token-revoked',
      }[req.headers.cookie ?? ''];
      return token
        ? answer(200, { accessToken: token, expiresIn: 300 })
        : answer(401, { message: 'Not logged in' });
    }
    if (
      url.pathname === '/me' &&
      req.headers.authorization === 'Bearer token-kari'
    )
      return meStatus === 200 ? answer(200, KARI) : answer(meStatus, {});
    answer(401, { code: 'COMMON.UNAUTHENTICATED', message: 'No token' });
  });
  return {
    calls,
    failMe: (status: number) => (meStatus = status),
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('GET /api/session, the SPA’s question "is anyone logged in?"', () => {
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
    });
  });

  afterAll(async () => {
    await gateway?.app.close();
    await upstream?.close();
    await identity.close();
    await removeWebRoot(webRoot);
  });

  afterEach(() => identity.failMe(200));

  const probe = (headers: Record<string, string> = {}) =>
    fetch(`${gateway.url}/api/session`, { headers });
  const meCalls = () => identity.calls.filter((c) => c.path === '/me').length;

  it('should answer 200 "nobody" without a session, and not ask identity', async () => {
    // given
    const asked = identity.calls.length;

    // when
    const response = await probe();

    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ authenticated: false });
    expect(identity.calls).toHaveLength(asked);
  });

  it('should answer with the session’s own profile when logged in', async () => {
    // when
    const response = await probe({ cookie: `${SESSION}=s%3Avalid` });

    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ authenticated: true, user: KARI });
    expect(identity.calls.filter((c) => c.path === '/me').at(-1)).toEqual({
      path: '/me',
      authorization: 'Bearer token-kari',
    });
  });

  it('should answer "nobody" for a session identity does not know', async () => {
    // given
    const before = meCalls();

    // when
    const response = await probe({ cookie: `${SESSION}=s%3Aforged` });

    // then
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ authenticated: false });
    expect(meCalls()).toBe(before);
  });

  it('should answer "nobody" when identity refuses the session’s token', async () => {
    const response = await probe({ cookie: `${SESSION}=s%3Arevoked` });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ authenticated: false });
  });

  it('should say identity is unavailable, not "nobody", when it fails', async () => {
    // given
    identity.failMe(500);

    // when
    const response = await probe({ cookie: `${SESSION}=s%3Avalid` });

    // then
    expect(response.status).toBe(502);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({
      code: 'GATEWAY.UPSTREAM_UNAVAILABLE',
    });
  });

  describe('authorization: it tells a caller nothing it could not already know', () => {
    it('should ignore an Authorization header: a bearer token is not a browser session', async () => {
      // given
      const before = meCalls();

      // when
      const response = await probe({ authorization: 'Bearer token-kari' });

      // then
      expect(await response.json()).toEqual({ authenticated: false });
      expect(meCalls()).toBe(before);
    });

    it('should not take a user from the query or a sub-path', async () => {
      const withQuery = await fetch(`${gateway.url}/api/session?id=u-kari`);
      expect(await withQuery.json()).toEqual({ authenticated: false });

      const subPath = await fetch(`${gateway.url}/api/session/u-kari`, {
        headers: { cookie: `${SESSION}=s%3Avalid` },
      });
      expect(subPath.status).toBe(404);
      expect(JSON.stringify(await subPath.json())).not.toContain('Kari');
    });

    it('should answer only GET: other methods are not the probe', async () => {
      const response = await fetch(`${gateway.url}/api/session`, {
        method: 'POST',
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        code: 'GATEWAY.UNKNOWN_SERVICE',
      });
    });
  });
});
