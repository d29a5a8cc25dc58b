/**
 * The authorization matrix of every operation of the OpenAPI document: each is called without a token,
 * without a role, by each role and by callers of another unit or office, against the real module and
 * database. The table below is the decision of who may get a 2xx: an operation the document has and
 * the table lacks (a new endpoint nobody decided about) fails the spec, and so does a stale entry.
 * Real: PostgreSQL, Redis, the migrations, the bundled reference data, the auth guard. Faked: only the
 * keys tokens are signed with.
 */
import { accessProblems, leaksTo, tableDrift } from '@bvr/service-kit/testing';
import { periodBody } from '../support/period.factory';
import { submission, unitReportValues } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import {
  arnaMachine,
  bergenReporter,
  bufdir,
  kinnReporter,
  osloVikenCaseworker,
  platformAdmin,
  type TestCaller,
  vestlandCaseworker,
  withoutRole,
} from '../support/test-callers';
import {
  fillPath,
  openApiOperations,
  type Operation,
  rawClient,
} from './openapi-security-support';

/** The unit whose data the spec seeds: Bergen's bydel Arna, controlled by Statsforvalteren i Vestland. */
const ARNA = '460101';
const BERGEN = '4601';

const CALLERS = {
  anonymous: null,
  withoutRole,
  bufdir,
  platformAdmin,
  bergenReporter,
  arnaMachine,
  /** The case system of Fana, another bydel of Bergen. */
  fanaMachine: {
    id: 'client:fagsystem-fana',
    kind: 'machine',
    grants: ['machine-reporter@unit:460103'],
  },
  vestlandCaseworker,
  kinnReporter,
  osloVikenCaseworker,
  bergenPublicationReader: {
    id: 'reader-bergen',
    grants: [`publication-reader@unit:${BERGEN}`],
  },
  kinnPublicationReader: {
    id: 'reader-kinn',
    grants: ['publication-reader@unit:4602'],
  },
} satisfies Record<string, TestCaller | null>;
type CallerName = keyof typeof CALLERS;
type WithToken = Exclude<CallerName, 'anonymous'>;

/** Callers of another unit or office than Arna's. */
const OUTSIDE_ARNA: WithToken[] = [
  'fanaMachine',
  'kinnReporter',
  'osloVikenCaseworker',
  'kinnPublicationReader',
];

const EVERYONE = Object.keys(CALLERS) as CallerName[];
const LOGGED_IN = EVERYONE.filter(
  (name): name is WithToken => name !== 'anonymous',
);
const PUBLIC: Pick<Expectation, 'allowed' | 'public'> = {
  allowed: LOGGED_IN,
  public: true,
};
const PERIOD_ADMINS: WithToken[] = ['bufdir', 'platformAdmin'];
const ARNA_REPORT_READERS: WithToken[] = [
  'bergenReporter',
  'arnaMachine',
  'vestlandCaseworker',
  'bufdir',
  'platformAdmin',
];
const OVERVIEW_READERS: WithToken[] = [
  'vestlandCaseworker',
  // Answered with its own office's units only.
  'osloVikenCaseworker',
  'bufdir',
  'platformAdmin',
];
const PUBLICATION_READERS: WithToken[] = [
  'bufdir',
  'bergenPublicationReader',
  'kinnPublicationReader',
];

interface Seeded {
  /** A period whose Arna report is submitted (its `reportId`): the `{id}` of the period routes. */
  pastPeriod: { id: number; year: number };
  /** An open period where Arna has no report yet: the `{periodId}` of the report routes. */
  openPeriodId: number;
  reportId: string;
}

interface BodyContext {
  seeded: Seeded;
  /** The revision of Arna's draft in the open period, as a save must name it. */
  draftRevision(): Promise<number>;
}

interface Expectation {
  /** Who with a token gets a 2xx; every other caller with a token gets 403 or 404. */
  allowed: WithToken[];
  /** Answers without a token on purpose (`@PublicRoute()`); any other operation answers 401. */
  public?: true;
  /** Path parameters of this operation only, over the seeded ones. */
  params?: Record<string, string>;
  query?: string;
  body?: (context: BodyContext) => unknown;
  /** Why the decision is not the obvious one. */
  note?: string;
}

/** In the document's order: the draft is saved before the report of the open period is submitted. */
const EXPECTATIONS: Record<string, Expectation> = {
  'GET /health': PUBLIC,
  'GET /reference-data/fylker': PUBLIC,
  'GET /reference-data/statsforvalter-offices': PUBLIC,
  'GET /reference-data/statsforvalter-offices/{id}/kommuner': {
    ...PUBLIC,
    params: { id: 'sf-vestland' },
  },
  'GET /reference-data/kommuner': PUBLIC,
  'GET /reference-data/kommuner/{number}': PUBLIC,
  'GET /reference-data/reporting-units': PUBLIC,
  'GET /periods': { allowed: LOGGED_IN },
  // A fresh year per call: the second allowed caller would otherwise meet PERIOD_EXISTS (409).
  'POST /periods': { allowed: PERIOD_ADMINS, body: () => periodBody() },
  'GET /periods/{id}': { allowed: LOGGED_IN },
  'PUT /periods/{id}': {
    allowed: PERIOD_ADMINS,
    body: ({ seeded }) => periodBody({ year: seeded.pastPeriod.year }),
  },
  'GET /periods/{periodId}/units/{unitId}/report': {
    allowed: ARNA_REPORT_READERS,
  },
  'GET /units/{unitId}/reports': { allowed: ARNA_REPORT_READERS },
  'PUT /periods/{periodId}/units/{unitId}/report/draft': {
    allowed: ['bergenReporter', 'arnaMachine'],
    body: async ({ draftRevision }) => ({
      values: unitReportValues(),
      revision: await draftRevision(),
    }),
  },
  'POST /periods/{periodId}/units/{unitId}/report/submit': {
    allowed: ['bergenReporter', 'arnaMachine'],
    // One key: the second writer repeats the first one's submission and gets 200, not 409.
    body: () => submission({}, 'authorization-matrix-submission'),
  },
  'GET /reports/{reportId}/versions/{version}': {
    allowed: ARNA_REPORT_READERS,
  },
  'GET /reports/{reportId}/changes': { allowed: ARNA_REPORT_READERS },
  'GET /periods/{periodId}/reports': { allowed: OVERVIEW_READERS },
  'GET /periods/{periodId}/reports.csv': { allowed: OVERVIEW_READERS },
  'GET /reports/{reportId}/statsforvalter-values': {
    allowed: ARNA_REPORT_READERS,
  },
  'PUT /reports/{reportId}/statsforvalter-values': {
    allowed: ['vestlandCaseworker'],
    // Arna submitted 0 for the counts U3 may not exceed.
    body: () => ({ values: { U3: 0 } }),
    note: 'The office is checked after the body is validated: another office with a malformed body gets 400, not 403.',
  },
  'GET /publication/indicators': { allowed: PUBLICATION_READERS },
  'GET /publication/periods': { allowed: PUBLICATION_READERS },
  'GET /publication/units': { allowed: PUBLICATION_READERS },
  'GET /publication/units/{unitId}/figures': {
    allowed: ['bufdir', 'bergenPublicationReader'],
  },
  'GET /publication/units/{unitId}/figures.csv': {
    allowed: ['bufdir', 'bergenPublicationReader'],
  },
  'GET /publication/indicators/{indicatorId}/series': {
    allowed: PUBLICATION_READERS,
    query: `units=${ARNA}&compare=county,country`,
    note: "A reader outside Bergen gets the series with Arna's small counts suppressed.",
  },
  'GET /publication/indicators/{indicatorId}/series.csv': {
    allowed: PUBLICATION_READERS,
    query: `units=${ARNA}&compare=county,country`,
    note: "A reader outside Bergen gets the series with Arna's small counts suppressed.",
  },
};

describe('the authorization matrix of the OpenAPI document', () => {
  let world: ReportsWorld;
  let operations: Operation[];
  let seeded: Seeded;
  let send: ReturnType<typeof rawClient>;

  const pathOf = (operation: Operation, expectation: Expectation) =>
    fillPath(operation.path, {
      id: seeded.pastPeriod.id,
      periodId: seeded.openPeriodId,
      unitId: ARNA,
      reportId: seeded.reportId,
      version: 1,
      number: BERGEN,
      indicatorId: 'investigations-within-deadline',
      ...expectation.params,
    }) + (expectation.query ? `?${expectation.query}` : '');

  const draftRevision = async () => {
    const report = await world.api.call(
      'GET',
      reportPath(seeded.openPeriodId, ARNA),
      { caller: bufdir },
    );
    return report.body.revision as number;
  };

  const callAs = async (name: CallerName, key: string) => {
    const operation = operations.find((candidate) => candidate.key === key);
    if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
    const expectation = EXPECTATIONS[key];
    const body = await expectation.body?.({ seeded, draftRevision });
    return send(
      operation.method,
      pathOf(operation, expectation),
      CALLERS[name],
      body === undefined ? undefined : JSON.stringify(body),
    );
  };

  beforeAll(async () => {
    world = await startReportsWorld('security-authorization');
    send = rawClient(world.api);
    operations = openApiOperations(world.api.app);
    const pastPeriod = await world.newPeriod();
    const submitted = await world.api.call(
      'POST',
      reportPath(pastPeriod.id, ARNA, '/submit'),
      { caller: bergenReporter, body: submission() },
    );
    if (submitted.status !== 201)
      throw new Error(`could not submit: ${JSON.stringify(submitted.body)}`);
    const openPeriod = await world.newPeriod();
    seeded = {
      pastPeriod,
      openPeriodId: openPeriod.id,
      reportId: submitted.body.reportId,
    };
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

  it("never answers a caller of another unit or office with Arna's data", async () => {
    const unitRoutes = Object.keys(EXPECTATIONS).filter((key) =>
      /\{(unitId|reportId)\}/.test(key),
    );
    const leaks = await leaksTo(unitRoutes, OUTSIDE_ARNA, callAs);

    expect(unitRoutes.length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });

  it("lists only a caseworker's own office's units in the overview", async () => {
    const overviewAs = (caller: TestCaller) =>
      send('GET', `/periods/${seeded.openPeriodId}/reports?q=${ARNA}`, caller);
    const vestland = await overviewAs(vestlandCaseworker);
    const osloViken = await overviewAs(osloVikenCaseworker);

    expect(JSON.stringify(vestland.body)).toContain(ARNA);
    expect(osloViken.status).toBe(200);
    expect(JSON.stringify(osloViken.body)).not.toContain(ARNA);
  });
});
