/**
 * The authorization matrix of every operation of the OpenAPI document: each is called without a token,
 * without a role, by each role and by callers of another kommune or bydel, against the real module and
 * database. The table below is the decision of who may get a 2xx: an operation the document has and
 * the table lacks (a new endpoint nobody decided about) fails the spec, and so does a stale entry.
 * Real: PostgreSQL, Redis, the migrations, the auth guard. Faked: the keys tokens are signed with,
 * the kommune register and the clock.
 */
import { accessProblems, leaksTo, tableDrift } from '@bvr/service-kit/testing';
import { createTestCertificate } from '../../src/modules/svarinn/testing/test-receiver';
import {
  arnaCaseworker,
  bergenAdmin,
  bergenCaseworker,
  bergenhusCaseworker,
  bergenSetup,
  privateReport,
  publicReport,
  stavangerAdmin,
  stavangerCaseworker,
  unitDetails,
  withoutRole,
} from '../support/concern-fixtures';
import {
  type ConcernWorld,
  startConcernWorld,
  type TestCaller,
} from '../support/concern-test-app';
import {
  fillPath,
  openApiOperations,
  type Operation,
  rawClient,
} from './openapi-security-support';

const CALLERS = {
  anonymous: null,
  withoutRole,
  bergenAdmin,
  /** An admin of one bydel only: not of the kommune's set-up. */
  bergenhusAdmin: { id: 'berit-b', grants: ['concern-admin@unit:460102'] },
  stavangerAdmin,
  kinnAdmin: { id: 'kim-k', grants: ['concern-admin@unit:4602'] },
  bergenCaseworker,
  bergenhusCaseworker,
  arnaCaseworker,
  stavangerCaseworker,
  platformAdmin: { id: 'plattform', grants: ['platform-admin@national'] },
  bergenReporter: { id: 'rapportør', grants: ['unit-reporter@unit:4601'] },
} satisfies Record<string, TestCaller | null>;
type CallerName = keyof typeof CALLERS;
type WithToken = Exclude<CallerName, 'anonymous'>;

/** Hold the right role, but for another kommune or bydel than the seeded message and set-up. */
const OUTSIDE: WithToken[] = [
  'bergenhusAdmin',
  'stavangerAdmin',
  'arnaCaseworker',
  'stavangerCaseworker',
];

const EVERYONE = Object.keys(CALLERS) as CallerName[];
const LOGGED_IN = EVERYONE.filter(
  (name): name is WithToken => name !== 'anonymous',
);
const PUBLIC: Pick<Expectation, 'allowed' | 'public'> = {
  allowed: LOGGED_IN,
  public: true,
};
const CASEWORKERS: WithToken[] = [
  'bergenCaseworker',
  'bergenhusCaseworker',
  'arnaCaseworker',
  'stavangerCaseworker',
];
/** The seeded message went to bydel Bergenhus: its caseworkers, and Bergen's, which covers its bydeler. */
const BERGENHUS_READERS: WithToken[] = [
  'bergenCaseworker',
  'bergenhusCaseworker',
];

interface Seeded {
  /** A message to Bergenhus, received and not yet confirmed. */
  messageId: string;
  certificatePem: string;
}

interface Context {
  seeded: Seeded;
  /** A message to Bergenhus downloaded once, so it can be confirmed. */
  downloadedMessage(): Promise<string>;
}

interface Expectation {
  /** Who with a token gets a 2xx; every other caller with a token gets 403 or 404. */
  allowed: WithToken[];
  /** Answers without a token on purpose (`@PublicRoute()`); any other operation answers 401. */
  public?: true;
  /** Path parameters of this operation only, over the seeded ones; asked for before each call. */
  params?: (context: Context) => Promise<Record<string, string>>;
  body?: (context: Context) => unknown;
}

let bydelNumber = 10;

const EXPECTATIONS: Record<string, Expectation> = {
  'GET /health': PUBLIC,
  // A citizen sends without logging in: public on purpose.
  'POST /meldinger/privat': { ...PUBLIC, body: () => privateReport() },
  // Any valid token: a public employee logs in through ID-porten and needs no role.
  'POST /meldinger/offentlig': {
    allowed: LOGGED_IN,
    body: () => publicReport(),
  },
  'GET /mottakere': PUBLIC,
  'GET /kommuner/{kommunenummer}/tjeneste': { allowed: ['bergenAdmin'] },
  'POST /kommuner/{kommunenummer}/tjeneste/sertifikat': {
    allowed: ['bergenAdmin'],
    body: ({ seeded }) => ({ sertifikat: seeded.certificatePem }),
  },
  // Kinn has no set-up yet: its admin's call takes the service into use, once.
  'PUT /kommuner/{kommunenummer}/tjeneste': {
    allowed: ['kinnAdmin'],
    params: async () => ({ kommunenummer: '4602' }),
    body: () => ({
      harBydeler: false,
      mottak: 'manuell',
      ...unitDetails('Kinn'),
    }),
  },
  // A fresh number per call: a taken one is a 409.
  'POST /kommuner/{kommunenummer}/bydeler': {
    allowed: ['bergenAdmin'],
    body: () => ({
      bydelsnummer: String(bydelNumber++),
      bydelsnavn: 'Ny bydel',
      ...unitDetails('Ny bydel'),
    }),
  },
  'PUT /kommuner/{kommunenummer}/standardmottaker': {
    allowed: ['bergenAdmin'],
    body: () => ({ bydelsnummer: '02' }),
  },
  // Each caseworker is answered with the messages of their own units only (see below).
  'GET /mottak': { allowed: CASEWORKERS },
  'GET /mottak/{id}': { allowed: BERGENHUS_READERS },
  'GET /mottak/{id}/pdf': { allowed: BERGENHUS_READERS },
  // A fresh downloaded message per call: a confirmed one is a 409.
  'POST /mottak/{id}/bekreft': {
    allowed: BERGENHUS_READERS,
    params: async ({ downloadedMessage }) => ({
      id: await downloadedMessage(),
    }),
  },
};

describe('the authorization matrix of the OpenAPI document', () => {
  let world: ConcernWorld;
  let operations: Operation[];
  let seeded: Seeded;
  let send: ReturnType<typeof rawClient>;

  const sendPrivateReport = async (
    report = privateReport(),
  ): Promise<string> => {
    const sent = await world.call('POST', '/meldinger/privat', null, report);
    if (sent.status !== 201)
      throw new Error(`could not send: ${JSON.stringify(sent.body)}`);
    const [row] = await world.dataSource.query(
      `SELECT id FROM bekymringsmelding.concern_message WHERE referanse = $1`,
      [sent.body.referanse],
    );
    return row.id;
  };

  const context = (): Context => ({
    seeded,
    downloadedMessage: async () => {
      const id = await sendPrivateReport();
      const pdf = await world.call(
        'GET',
        `/mottak/${id}/pdf`,
        bergenhusCaseworker,
      );
      if (pdf.status !== 200) throw new Error(`could not download ${id}`);
      return id;
    },
  });

  const callAs = async (name: CallerName, key: string) => {
    const operation = operations.find((candidate) => candidate.key === key);
    if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
    const expectation = EXPECTATIONS[key];
    const params = await expectation.params?.(context());
    const body = expectation.body?.(context());
    const path = fillPath(operation.path, {
      kommunenummer: '4601',
      id: seeded.messageId,
      ...params,
    });
    return send(
      operation.method,
      path,
      CALLERS[name],
      body === undefined ? undefined : JSON.stringify(body),
    );
  };

  beforeAll(async () => {
    world = await startConcernWorld('security-authorization');
    send = rawClient(world);
    operations = openApiOperations(world.app);
    const setUp = [
      await world.call(
        'PUT',
        '/kommuner/4601/tjeneste',
        bergenAdmin,
        bergenSetup(),
      ),
      await world.call('POST', '/kommuner/4601/bydeler', bergenAdmin, {
        bydelsnummer: '01',
        bydelsnavn: 'Arna',
        ...unitDetails('Arna'),
      }),
      await world.call('PUT', '/kommuner/1103/tjeneste', stavangerAdmin, {
        harBydeler: false,
        mottak: 'manuell',
        ...unitDetails('Stavanger'),
      }),
    ];
    if (setUp.some(({ status }) => status !== 201))
      throw new Error(`could not set up: ${JSON.stringify(setUp)}`);
    const messageId = await sendPrivateReport();
    await sendPrivateReport(privateReport({ bydelsnummer: '01' }));
    await sendPrivateReport(privateReport({ kommunenummer: '1103' }));
    const { certificatePem } = await createTestCertificate();
    // The test certificate is valid from the second it was made.
    world.clock.set(new Date(Date.now() + 2000));
    seeded = { messageId, certificatePem };
  });

  afterAll(async () => {
    await world?.close();
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

  it("never answers a caller of another kommune or bydel with Bergen's message or set-up", async () => {
    const scopedRoutes = Object.keys(EXPECTATIONS).filter((key) =>
      /\{(id|kommunenummer)\}/.test(key),
    );
    const leaks = await leaksTo(scopedRoutes, OUTSIDE, callAs);

    expect(scopedRoutes.length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });

  it("lists a caseworker's own units' messages only", async () => {
    const listedTo = async (caller: TestCaller) => {
      const reply = await send('GET', '/mottak', caller);
      expect(reply.status).toBe(200);
      return (
        reply.body as Array<{ kommunenummer: string; bydelsnummer: string }>
      ).map(
        ({ kommunenummer, bydelsnummer }) => `${kommunenummer}-${bydelsnummer}`,
      );
    };
    const bergen = await listedTo(bergenCaseworker);
    const bergenhus = await listedTo(bergenhusCaseworker);
    const arna = await listedTo(arnaCaseworker);
    const stavanger = await listedTo(stavangerCaseworker);

    expect(new Set(bergen)).toEqual(new Set(['4601-01', '4601-02']));
    expect(new Set(bergenhus)).toEqual(new Set(['4601-02']));
    expect(new Set(arna)).toEqual(new Set(['4601-01']));
    expect(new Set(stavanger)).toEqual(new Set(['1103-00']));
  });
});
