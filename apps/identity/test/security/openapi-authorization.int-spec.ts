/**
 * The authorization matrix of every operation of the OpenAPI document: each is called without a token,
 * without a role, by each role and by callers of another kommune or bydel, against the real module and
 * database. The table below is the decision of who may get a 2xx: an operation the document has and
 * the table lacks (a new endpoint nobody decided about) fails the spec, and so does a stale entry.
 * Real: PostgreSQL, Redis, the migrations, the auth guard, identity's own token keys. Faked: the keys
 * callers' tokens are signed with. (The browser login, `/auth/*`, is not in the document.)
 */
import { accessProblems, leaksTo, tableDrift } from '@bvr/service-kit/testing';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DirectoryFactory } from '../support/directory-factory';
import {
  type Caller,
  type IdentityTestApp,
  startIdentityApp,
  TOKEN_ISSUER,
} from '../support/identity-test-app';
import {
  fillPath,
  openApiOperations,
  type Operation,
  rawClient,
  syntheticPid,
} from './openapi-security-support';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const BERGENHUS = '460102';

/** Every person caller is a registered user of the directory: their ids are set in `beforeAll`. */
const CALLERS = {
  anonymous: null,
  withoutRole: { id: '', grants: [] },
  platformAdmin: { id: '', grants: ['platform-admin@national'] },
  bergenConcernAdmin: { id: '', grants: ['concern-admin@unit:4601'] },
  bergenhusConcernAdmin: {
    id: '',
    grants: [`concern-admin@unit:${BERGENHUS}`],
  },
  arnaConcernAdmin: { id: '', grants: ['concern-admin@unit:460101'] },
  stavangerConcernAdmin: { id: '', grants: ['concern-admin@unit:1103'] },
  bergenConcernCaseworker: {
    id: '',
    grants: ['concern-caseworker@unit:4601'],
  },
  bergenReporter: { id: '', grants: ['unit-reporter@unit:4601'] },
  vestlandCaseworker: {
    id: '',
    grants: ['statsforvalter-caseworker@office:sf-vestland'],
  },
  bufdir: { id: '', grants: ['bufdir@national'] },
} satisfies Record<string, Caller | null>;
type CallerName = keyof typeof CALLERS;
type WithToken = Exclude<CallerName, 'anonymous'>;

/** Hold the role that manages Bergenhus' caseworkers, but for another kommune or bydel. */
const OUTSIDE_BERGENHUS: WithToken[] = [
  'arnaConcernAdmin',
  'stavangerConcernAdmin',
];

const EVERYONE = Object.keys(CALLERS) as CallerName[];
const LOGGED_IN = EVERYONE.filter(
  (name): name is WithToken => name !== 'anonymous',
);
const PUBLIC: Pick<Expectation, 'allowed' | 'public'> = {
  allowed: LOGGED_IN,
  public: true,
};
const PLATFORM_ADMIN: WithToken[] = ['platformAdmin'];
/** Manage the caseworkers of bydel Bergenhus: platform admins, and the service admins of Bergen and Bergenhus. */
const BERGENHUS_CASEWORKER_ADMINS: WithToken[] = [
  'platformAdmin',
  'bergenConcernAdmin',
  'bergenhusConcernAdmin',
];

interface Context {
  /** A live concern-caseworker grant for Bergenhus, granted by a platform admin. */
  freshGrant(): Promise<string>;
  freshMachineClient(): Promise<{ clientId: string; assertion: string }>;
  pidOfSeededUser: string;
}

interface Expectation {
  /** Who with a token gets a 2xx; every other caller with a token gets 403 or 404. */
  allowed: WithToken[];
  /** Answers without a token on purpose (`@PublicRoute()`); any other operation answers 401. */
  public?: true;
  params?: (context: Context) => Promise<Record<string, string>>;
  query?: (context: Context) => string;
  body?: (context: Context) => Promise<unknown> | unknown;
}

const EXPECTATIONS: Record<string, Expectation> = {
  'GET /health': PUBLIC,
  'GET /.well-known/jwks.json': PUBLIC,
  // A fresh person per call: granting a role twice is a 409.
  'POST /grants': {
    allowed: BERGENHUS_CASEWORKER_ADMINS,
    body: () => ({
      pid: syntheticPid(),
      name: 'Kari Saksbehandler',
      role: 'concern-caseworker',
      scope: { type: 'unit', id: BERGENHUS },
    }),
  },
  'GET /grants': {
    allowed: BERGENHUS_CASEWORKER_ADMINS,
    query: () => `role=concern-caseworker&unitId=${BERGENHUS}`,
  },
  'DELETE /grants/{id}': {
    allowed: BERGENHUS_CASEWORKER_ADMINS,
    params: async ({ freshGrant }) => ({ id: await freshGrant() }),
  },
  'GET /users': {
    allowed: PLATFORM_ADMIN,
    query: ({ pidOfSeededUser }) => `pid=${pidOfSeededUser}`,
  },
  'GET /audit': { allowed: PLATFORM_ADMIN },
  // Everyone's own profile and applications: no role needed.
  'GET /me': { allowed: LOGGED_IN },
  'PUT /me': {
    allowed: LOGGED_IN,
    body: () => ({
      name: 'Test Person',
      email: 'test@kommune.no',
      phone: '912 34 567',
    }),
  },
  'POST /access-applications': {
    allowed: LOGGED_IN,
    body: () => ({ kind: 'external', organisation: 'NTNU' }),
  },
  'GET /access-applications/mine': { allowed: LOGGED_IN },
  'POST /machine-clients': {
    allowed: PLATFORM_ADMIN,
    body: async () => ({
      name: 'Fagsystem Bergen',
      orgNumber: '964338531',
      unitId: '4601',
      publicJwk: await exportJWK(
        (await generateKeyPair('ES256', { extractable: true })).publicKey,
      ),
    }),
  },
  'GET /machine-clients': { allowed: PLATFORM_ADMIN },
  'DELETE /machine-clients/{id}': {
    allowed: PLATFORM_ADMIN,
    params: async ({ freshMachineClient }) => ({
      id: (await freshMachineClient()).clientId,
    }),
  },
  // A case system's assertion is its credential: the endpoint is public, and the token is ignored.
  'POST /oauth/token': {
    ...PUBLIC,
    body: async ({ freshMachineClient }) => ({
      grant_type: JWT_BEARER,
      assertion: (await freshMachineClient()).assertion,
    }),
  },
  'GET /notifications/undeliverable': { allowed: PLATFORM_ADMIN },
};

describe('the authorization matrix of the OpenAPI document', () => {
  let identity: IdentityTestApp;
  let operations: Operation[];
  let send: ReturnType<typeof rawClient>;
  let pidOfSeededUser: string;

  const context = (): Context => ({
    pidOfSeededUser,
    freshGrant: async () => {
      const granted = await identity.call('POST', '/grants', {
        as: CALLERS.platformAdmin,
        body: {
          pid: syntheticPid(),
          role: 'concern-caseworker',
          scope: { type: 'unit', id: BERGENHUS },
        },
      });
      if (granted.status !== 201)
        throw new Error(`could not grant: ${JSON.stringify(granted.body)}`);
      return granted.body.id;
    },
    freshMachineClient: async () => {
      const key = await generateKeyPair('ES256', { extractable: true });
      const registered = await identity.call('POST', '/machine-clients', {
        as: CALLERS.platformAdmin,
        body: {
          name: 'Fagsystem Bergen',
          orgNumber: '964338531',
          unitId: '4601',
          publicJwk: await exportJWK(key.publicKey),
        },
      });
      if (registered.status !== 201)
        throw new Error(`could not register: ${JSON.stringify(registered)}`);
      const { clientId } = registered.body;
      const now = Math.floor(Date.now() / 1000);
      const assertion = await new SignJWT({ scope: 'reporting' })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(clientId)
        .setAudience(TOKEN_ISSUER)
        .setIssuedAt(now)
        .setExpirationTime(now + 60)
        .setJti(randomUUID())
        .sign(key.privateKey);
      return { clientId, assertion };
    },
  });

  const callAs = async (name: CallerName, key: string) => {
    const operation = operations.find((candidate) => candidate.key === key);
    if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
    const expectation = EXPECTATIONS[key];
    const params = await expectation.params?.(context());
    const query = expectation.query?.(context());
    const body = await expectation.body?.(context());
    return send(
      operation.method,
      fillPath(operation.path, { ...params }) + (query ? `?${query}` : ''),
      CALLERS[name],
      body === undefined ? undefined : JSON.stringify(body),
    );
  };

  beforeAll(async () => {
    identity = await startIdentityApp('security-authorization');
    send = rawClient(identity);
    operations = openApiOperations(identity.app);
    const directory = new DirectoryFactory(identity.app.get(DataSource));
    for (const caller of Object.values(CALLERS))
      if (caller) caller.id = (await directory.user()).id;
    pidOfSeededUser = syntheticPid();
    const seeded = await identity.call('POST', '/grants', {
      as: CALLERS.platformAdmin,
      body: {
        pid: pidOfSeededUser,
        role: 'unit-reporter',
        scope: { type: 'unit', id: '4601' },
      },
    });
    if (seeded.status !== 201)
      throw new Error(`could not seed: ${JSON.stringify(seeded.body)}`);
  });

  afterAll(async () => {
    await identity?.close();
  });

  it('has an authorization decision for every operation of the document', () => {
    expect(tableDrift(operations, EXPECTATIONS).undecided).toEqual([]);
  });

  it('lists no operation the document no longer has', () => {
    expect(tableDrift(operations, EXPECTATIONS).stale).toEqual([]);
  });

  it.each(Object.keys(EXPECTATIONS))(
    '%s answers each caller as the table decides',
    async (key) => {
      const expectation = EXPECTATIONS[key];
      const problems = await accessProblems(EVERYONE, expectation, (name) =>
        callAs(name, key),
      );

      expect(problems).toEqual([]);
    },
  );

  it("never lets a service admin of another kommune or bydel see or change Bergenhus' caseworkers", async () => {
    const routes = ['POST /grants', 'GET /grants', 'DELETE /grants/{id}'];
    const leaks = await leaksTo(routes, OUTSIDE_BERGENHUS, callAs);

    expect(leaks).toEqual([]);
  });

  it('lets a service admin grant and list caseworkers only, not other roles', async () => {
    const admin = CALLERS.bergenConcernAdmin;
    const other = await Promise.all(
      ['concern-admin', 'unit-reporter', 'platform-admin'].map((role) =>
        send(
          'POST',
          '/grants',
          admin,
          JSON.stringify({
            pid: syntheticPid(),
            role,
            scope:
              role === 'platform-admin'
                ? { type: 'national' }
                : { type: 'unit', id: '4601' },
          }),
        ),
      ),
    );
    const listed = await send(
      'GET',
      '/grants?role=unit-reporter&unitId=4601',
      admin,
    );
    // A bydel's admin may not make a caseworker of the whole kommune.
    const wholeKommune = await send(
      'POST',
      '/grants',
      CALLERS.bergenhusConcernAdmin,
      JSON.stringify({
        pid: syntheticPid(),
        role: 'concern-caseworker',
        scope: { type: 'unit', id: '4601' },
      }),
    );
    const reporterGrant = await identity.call('POST', '/grants', {
      as: CALLERS.platformAdmin,
      body: {
        pid: syntheticPid(),
        role: 'unit-reporter',
        scope: { type: 'unit', id: '4601' },
      },
    });
    const revokedReporter = await send(
      'DELETE',
      `/grants/${reporterGrant.body.id}`,
      admin,
    );

    expect(
      [...other, listed, wholeKommune, revokedReporter].map(
        ({ status }) => status,
      ),
    ).toEqual([403, 403, 403, 403, 403, 403]);
  });
});
