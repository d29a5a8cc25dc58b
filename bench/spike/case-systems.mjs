// The reporters of the spike: one case system (fagsystem) per reporting unit, registered at identity the
// way a platform admin does it (logged in through dev-idporten and the gateway), each with its own
// key pair, which it trades for an access token with a signed assertion (Maskinporten style).
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** Maria Haugen, the demo's platform admin (apps/identity/src/seed/demo-users.ts). */
const PLATFORM_ADMIN_PID = '24838111765';

/**
 * A browser's login as a test person: gateway /auth/login → identity → dev-idporten's TestID page →
 * back through /auth/callback. Cookies are kept per origin, as a browser keeps them per site.
 * @returns {Promise<{ cookie: string, xsrf: string }>} the gateway's cookies and its CSRF token
 */
export async function logIn(gatewayUrl, pid = PLATFORM_ADMIN_PID) {
  const jar = new Map(); // origin → Map(name → value)
  const cookiesOf = (origin) => {
    if (!jar.has(origin)) jar.set(origin, new Map());
    return jar.get(origin);
  };
  const request = async (url, init = {}) => {
    const { origin } = new URL(url);
    const cookies = cookiesOf(origin);
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...init.headers,
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '')
        cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  const follow = async (url, init) => {
    let response = await request(url, init);
    for (
      let hops = 0;
      response.status >= 300 && response.status < 400;
      hops++
    ) {
      if (hops > 20) throw new Error('login: too many redirects');
      url = new URL(response.headers.get('location'), url).href;
      response = await request(url);
    }
    return { response, url };
  };

  const page = await follow(`${gatewayUrl}/auth/login?returnTo=/`);
  const interaction = /\/interaction\/[^/?#]+$/.exec(
    new URL(page.url).pathname,
  );
  if (!interaction)
    throw new Error(`login: expected the TestID page, got ${page.url}`);
  const done = await follow(`${page.url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      person: pid,
      fodselsnummer: '',
      acr: 'idporten-loa-substantial',
    }).toString(),
  });
  const gateway = cookiesOf(new URL(gatewayUrl).origin);
  if (!gateway.has('bvr_session'))
    throw new Error(
      `login: no session after TestID (ended at ${done.url}, HTTP ${done.response.status})`,
    );
  // The CSRF token comes with the first request that carries the session.
  await request(`${gatewayUrl}/api/identity/me`);
  return {
    cookie: [...gateway].map(([k, v]) => `${k}=${v}`).join('; '),
    xsrf: decodeURIComponent(gateway.get('XSRF-TOKEN') ?? ''),
  };
}

/**
 * Registers one case system per unit through the gateway, as the platform admin in the browser would.
 * @returns {Promise<Map<string, { clientId: string, privateKey: CryptoKey }>>} by unit id
 */
export async function registerCaseSystems(gatewayUrl, session, unitIds) {
  const systems = new Map();
  const one = async (unitId) => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const response = await fetch(`${gatewayUrl}/api/identity/machine-clients`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        origin: gatewayUrl,
        'x-xsrf-token': session.xsrf,
      },
      body: JSON.stringify({
        name: `Fagsystem ${unitId}`,
        orgNumber: String(900_000_000 + Number(unitId)),
        unitId,
        publicJwk: await exportJWK(publicKey),
      }),
    });
    if (response.status !== 201)
      throw new Error(
        `registering the case system of ${unitId}: HTTP ${response.status} ${await response.text()}`,
      );
    const { clientId } = await response.json();
    systems.set(unitId, { clientId, privateKey });
  };
  await inBatches(unitIds, 16, one);
  return systems;
}

/**
 * Each case system trades a fresh signed assertion for an access token to reporting, through the
 * gateway without a session (as a case system outside the platform calls it).
 * @returns {Promise<Map<string, string>>} `Bearer …` by unit id
 */
export async function accessTokens(gatewayUrl, systems, tokenIssuer) {
  const tokens = new Map();
  const one = async ([unitId, { clientId, privateKey }]) => {
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({ scope: 'reporting' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(clientId)
      .setAudience(tokenIssuer)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .setJti(randomUUID())
      .sign(privateKey);
    const response = await fetch(`${gatewayUrl}/api/identity/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: JWT_BEARER,
        assertion,
      }).toString(),
    });
    if (response.status !== 200)
      throw new Error(
        `access token for ${unitId}: HTTP ${response.status} ${await response.text()}`,
      );
    tokens.set(unitId, `Bearer ${(await response.json()).access_token}`);
  };
  await inBatches([...systems], 16, one);
  return tokens;
}

async function inBatches(items, size, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}
