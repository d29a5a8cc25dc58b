import { serveJwks, TestTokens } from '@bvr/auth/testing';
import {
  EchoUpstream,
  RunningGateway,
  createWebRoot,
  removeWebRoot,
  startEchoUpstream,
  startGateway,
} from '../support/gateway-harness';

const PUBLIC_LIMIT = 3;
const CASE_SYSTEM_LIMIT = 5;

/**
 * Case systems call with their own access token and no session. Many may share one address (a
 * vendor hosting them for many kommuner), so each has a budget of its own; a token the gateway
 * cannot verify buys nothing.
 */
describe('rate limits for case systems', () => {
  let upstream: EchoUpstream;
  let gateway: RunningGateway;
  let webRoot: string;
  let tokens: TestTokens;
  let jwks: Awaited<ReturnType<typeof serveJwks>>;

  beforeAll(async () => {
    upstream = await startEchoUpstream();
    webRoot = await createWebRoot();
    tokens = await TestTokens.create();
    jwks = await serveJwks(tokens.jwks());
    gateway = await startGateway({
      WEB_ROOT: webRoot,
      IDENTITY_URL: upstream.url,
      WORKFLOW_URL: upstream.url,
      REPORTING_URL: upstream.url,
      BEKYMRINGSMELDING_URL: upstream.url,
      NOTIFICATION_URL: upstream.url,
      AUTH_ISSUER: tokens.issuer,
      AUTH_JWKS_URL: jwks.url,
      PUBLIC_RATE_LIMIT: String(PUBLIC_LIMIT),
      CASE_SYSTEM_RATE_LIMIT: String(CASE_SYSTEM_LIMIT),
    });
  });

  afterAll(async () => {
    await gateway?.app.close();
    await upstream?.close();
    await jwks?.close();
    await removeWebRoot(webRoot);
  });

  const caseSystem = (unit: string) =>
    tokens.bearer({
      audience: 'reporting',
      sub: `client:fagsystem-${unit}`,
      kind: 'machine',
      grants: [`machine-reporter@unit:${unit}`],
    });

  async function statuses(authorization: string | null, calls: number) {
    const answered: number[] = [];
    for (let i = 0; i < calls; i++) {
      const response = await fetch(`${gateway.url}/api/reporting/periods`, {
        headers: authorization ? { authorization } : {},
      });
      await response.arrayBuffer();
      answered.push(response.status);
    }
    return answered;
  }

  it('counts each case system on its own, past the limit for its address', async () => {
    const arna = await statuses(await caseSystem('460101'), 6);
    const fana = await statuses(await caseSystem('460103'), 2);

    expect(arna).toEqual([200, 200, 200, 200, 200, 429]);
    expect(fana).toEqual([200, 200]);
  });

  it('counts a token it cannot verify against the address, as any public call', async () => {
    const forger = await TestTokens.create(tokens.issuer);
    const forged = await forger.bearer({
      audience: 'reporting',
      sub: 'client:fagsystem-460102',
      kind: 'machine',
    });
    const wrongService = await tokens.bearer({
      audience: 'workflow',
      sub: 'client:fagsystem-460104',
      kind: 'machine',
    });

    const answered = [
      ...(await statuses(forged, 2)),
      ...(await statuses(wrongService, 1)),
      ...(await statuses(null, 1)),
    ];

    expect(answered).toEqual([200, 200, 200, 429]);
  });
});
