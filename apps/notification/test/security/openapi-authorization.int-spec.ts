/**
 * The authorization matrix of every operation of the OpenAPI document: each is called without a token,
 * without a role, by each role and by a machine client, against the real module and database. The
 * table below is the decision of who may get a 2xx: an operation the document has and the table lacks
 * (a new endpoint nobody decided about) fails the spec, and so does a stale entry. Real: PostgreSQL,
 * Redis and BullMQ, an SMTP server, the auth guard. Faked: the keys tokens are signed with.
 */
import { accessProblems, tableDrift } from '@bvr/service-kit/testing';
import {
  fillPath,
  type NotificationWorld,
  openApiOperations,
  type Operation,
  startNotificationWorld,
  type TestCaller,
} from './notification-world';

const CALLERS = {
  anonymous: null,
  withoutRole: { id: 'ole', grants: [] },
  platformAdmin: { id: 'admin-1', grants: ['platform-admin@national'] },
  bufdir: { id: 'sara', grants: ['bufdir@national'] },
  vestlandCaseworker: {
    id: 'per',
    grants: ['statsforvalter-caseworker@office:sf-vestland'],
  },
  bergenReporter: { id: 'kari', grants: ['unit-reporter@unit:4601'] },
  bergenConcernAdmin: { id: 'hans', grants: ['concern-admin@unit:4601'] },
  bergenMachine: {
    id: 'client:fagsystem-bergen',
    kind: 'machine',
    grants: ['machine-reporter@unit:4601'],
  },
} satisfies Record<string, TestCaller | null>;
type CallerName = keyof typeof CALLERS;
type WithToken = Exclude<CallerName, 'anonymous'>;

const EVERYONE = Object.keys(CALLERS) as CallerName[];
const LOGGED_IN = EVERYONE.filter(
  (name): name is WithToken => name !== 'anonymous',
);

interface Expectation {
  /** Who with a token gets a 2xx; every other caller with a token gets 403 or 404. */
  allowed: WithToken[];
  /** Answers without a token on purpose (`@PublicRoute()`); any other operation answers 401. */
  public?: true;
  /** Path parameters, asked for before each call. */
  params?: () => Promise<Record<string, string>>;
  query?: string;
}

let world: NotificationWorld;
let emails = 0;

const EXPECTATIONS: Record<string, Expectation> = {
  'GET /health': { allowed: LOGGED_IN, public: true },
  // The delivery log names templates and errors of every unit: platform admins only.
  'GET /emails': { allowed: ['platformAdmin'], query: 'status=failed' },
  // A failed e-mail of its own per call: a retried one is no longer failed.
  'POST /emails/{id}/retry': {
    allowed: ['platformAdmin'],
    params: async () => {
      const id = `refused-${++emails}`;
      await world.failedEmail(id);
      return { id };
    },
  },
};

describe('the authorization matrix of the OpenAPI document', () => {
  let operations: Operation[];

  const callAs = async (name: CallerName, key: string) => {
    const operation = operations.find((candidate) => candidate.key === key);
    if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
    const expectation = EXPECTATIONS[key];
    const params = await expectation.params?.();
    const path =
      fillPath(operation.path, { ...params }) +
      (expectation.query ? `?${expectation.query}` : '');
    return world.send(operation.method, path, CALLERS[name]);
  };

  beforeAll(async () => {
    world = await startNotificationWorld('security-authorization');
    operations = openApiOperations(world.app);
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

  it('shows no recipient address in the delivery log', async () => {
    await world.failedEmail('refused-address');
    const log = await world.send(
      'GET',
      '/emails?status=failed',
      CALLERS.platformAdmin,
    );

    expect(log.status).toBe(200);
    expect(log.body.items.length).toBeGreaterThan(0);
    expect(log.text).not.toContain('kari.nordmann');
  });
});
