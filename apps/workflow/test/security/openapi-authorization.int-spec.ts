/**
 * The authorization matrix of every operation of the workflow's OpenAPI document: each is called
 * without a token, without a role, by each role and by callers of another office or kommune, against
 * the real module and database. The table below is the decision of who may get a 2xx: an operation
 * the document has and the table lacks (a new endpoint nobody decided about) fails the spec, and so
 * does a stale entry. Real: PostgreSQL, Redis, the migrations, the shipped models, the auth guard.
 * Faked: only the keys tokens are signed with, and the handlers of the external tasks.
 */
import { accessProblems, tableDrift } from '@bvr/service-kit/testing';
import { eventually } from '../support/external-task-consumer';
import { halvarsrapportStart } from '../support/halvarsrapport.factory';
import { linearModel } from '../support/linear-model';
import {
  admin,
  bergen,
  createWorkflowWorld,
  oslo,
  stavanger,
  vestland,
  vestland2,
  type WorkflowTestApp,
  type WorkflowWorld,
} from '../support/workflow-test-app';
import {
  type ControlTask,
  controlled,
  fillPath,
  openApiOperations,
  type Operation,
  pendingJob,
  rawClient,
  rawXmlClient,
  type SecurityCaller,
  settled,
  startControlTask,
} from './workflow-security-support';

const CALLERS = {
  anonymous: null,
  withoutRole: { id: 'nobody-1', grants: [] },
  admin,
  /** The candidate group of the control tasks: `statsforvalter:sf-vestland`. */
  vestland,
  vestland2,
  /** Another Statsforvalter office: must never see Vestland's controls. */
  oslo,
  /** The kommune whose report is controlled: its group is on the correction task only. */
  bergen,
  stavanger,
  bufdir: { id: 'bufdir-1', grants: ['bufdir@national'] },
  /** Bergen's case system: it talks to the workflow through reporting's queue, never over HTTP. */
  bergenMachine: {
    id: 'client:fagsystem-bergen',
    kind: 'machine',
    grants: ['machine-reporter@unit:4601'],
  },
  bergenConcernCaseworker: {
    id: 'concern-4601-1',
    grants: ['concern-caseworker@unit:4601'],
  },
  /** Reads Vestland's (county 46) published figures: no business with the workflow. */
  vestlandCountyReader: {
    id: 'reader-46-1',
    grants: ['publication-reader@county:46'],
  },
} satisfies Record<string, SecurityCaller | null>;
type CallerName = keyof typeof CALLERS;
type WithToken = Exclude<CallerName, 'anonymous'>;

const EVERYONE = Object.keys(CALLERS) as CallerName[];
const LOGGED_IN = EVERYONE.filter(
  (name): name is WithToken => name !== 'anonymous',
);
/** Callers outside the candidate group of Bergen's control task. */
const OUTSIDE_VESTLAND = LOGGED_IN.filter(
  (name) => !['vestland', 'vestland2'].includes(name),
);
const ADMINS: WithToken[] = ['admin'];
const VESTLAND: WithToken[] = ['vestland', 'vestland2'];

interface Seeded {
  /** Bergen's report, waiting for Vestland's control: read, never changed. */
  control: ControlTask;
  /** Returned to Bergen: waits at the correction task for the resubmission message. */
  returned: ControlTask;
  /** Bergen's correction task of the returned report: group `kommune:4601`. */
  correctionTaskId: string;
  /** An instance only the cancel operation ends. */
  cancellable: ControlTask;
  /** At A of version 1 of `security-linear`, which has a version 2. */
  migratable: string;
  incidentId: string;
}

interface CallContext {
  seeded: Seeded;
  caller: SecurityCaller | null;
  /** A new control task of Bergen's, for operations that change the task they act on. */
  freshTask(): Promise<ControlTask>;
}

interface Expectation {
  /** Who with a token gets a 2xx; every other caller with a token gets 403 or 404. */
  allowed: WithToken[];
  /** Answers without a token on purpose (`@PublicRoute()`); any other operation answers 401. */
  public?: true;
  params?: (
    context: CallContext,
  ) =>
    | Record<string, string | number>
    | Promise<Record<string, string | number>>;
  body?: (context: CallContext) => unknown;
  /** Sent as `application/xml`. */
  xml?: () => string;
  /** Why the decision is not the obvious one. */
  note?: string;
}

const DEFINITION = { key: 'halvarsrapport', version: 1 };
const onSeededTask = ({ seeded }: CallContext) => ({
  id: seeded.control.taskId,
});
/** Each call acts on a task of its own: a second claim or completion of one task answers 409. */
const onFreshTask = async ({ freshTask }: CallContext) => ({
  id: (await freshTask()).taskId,
});
let deployed = 0;

const EXPECTATIONS: Record<string, Expectation> = {
  'GET /health': { allowed: LOGGED_IN, public: true },
  'GET /definitions': { allowed: ADMINS },
  'GET /definitions/{key}/versions/{version}/xml': {
    allowed: ADMINS,
    params: () => DEFINITION,
  },
  'GET /definitions/{key}/versions/{version}/activity-counts': {
    allowed: ADMINS,
    params: () => DEFINITION,
  },
  'GET /definitions/{key}/audit': {
    allowed: ADMINS,
    params: () => DEFINITION,
  },
  'POST /definitions/validate': {
    allowed: ADMINS,
    xml: () => linearModel('security-validated', [{ id: 'A' }]),
  },
  'POST /definitions': {
    allowed: ADMINS,
    xml: () => {
      deployed += 1;
      return linearModel(`security-deployed-${deployed}`, [{ id: 'A' }]);
    },
  },
  'POST /process-instances': {
    allowed: ADMINS,
    body: () => halvarsrapportStart(),
    note: 'Reporting starts the instances of submitted reports through the workflow.command queue, not here.',
  },
  'GET /process-instances': { allowed: ADMINS },
  'GET /process-instances/{id}': {
    allowed: ADMINS,
    params: ({ seeded }) => ({ id: seeded.control.instanceId }),
  },
  'POST /process-instances/{id}/cancel': {
    allowed: ADMINS,
    params: ({ seeded }) => ({ id: seeded.cancellable.instanceId }),
    body: () => ({ reason: 'Sendt inn ved en feil' }),
  },
  'POST /process-instances/{id}/migrate': {
    allowed: ADMINS,
    params: ({ seeded }) => ({ id: seeded.migratable }),
    body: () => ({ targetVersion: 2 }),
  },
  'GET /tasks': {
    allowed: LOGGED_IN,
    note: 'Everyone has an inbox: the tasks of their own candidate groups, which may be none.',
  },
  'GET /tasks/{id}': { allowed: VESTLAND, params: onSeededTask },
  'PUT /tasks/{id}/draft': {
    allowed: VESTLAND,
    params: onFreshTask,
    body: () => ({ data: { merknad: 'Ser bra ut' } }),
  },
  'POST /tasks/{id}/complete': {
    allowed: VESTLAND,
    params: onFreshTask,
    body: ({ caller }) => ({
      idempotencyKey: `matrix-${caller?.id ?? 'anonymous'}`,
      variables: { approved: true },
    }),
  },
  'POST /tasks/{id}/claim': { allowed: VESTLAND, params: onFreshTask },
  'POST /tasks/{id}/unclaim': { allowed: VESTLAND, params: onFreshTask },
  'PUT /tasks/{id}/assignee': {
    allowed: VESTLAND,
    params: onFreshTask,
    body: () => ({ assignee: vestland2.id }),
  },
  'POST /messages': {
    allowed: ADMINS,
    body: ({ seeded }) => ({
      name: 'halvarsrapport-sendt-inn-pa-nytt',
      businessKey: seeded.returned.businessKey,
      variables: { resubmittedAt: '2026-09-01T10:00:00Z' },
    }),
  },
  'GET /incidents': { allowed: ADMINS },
  'POST /incidents/{id}/retry': {
    allowed: ADMINS,
    params: ({ seeded }) => ({ id: seeded.incidentId }),
  },
};

describe('the authorization matrix of the OpenAPI document', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  let operations: Operation[];
  let seeded: Seeded;
  let send: ReturnType<typeof rawClient>;
  let sendXml: ReturnType<typeof rawXmlClient>;

  const callAs = async (
    caller: SecurityCaller | null,
    key: string,
    overrides: Partial<Expectation> = {},
  ) => {
    const operation = operations.find((candidate) => candidate.key === key);
    if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
    const expectation = { ...EXPECTATIONS[key], ...overrides };
    const context: CallContext = {
      seeded,
      caller,
      freshTask: () => startControlTask(api),
    };
    const path = fillPath(
      operation.path,
      (await expectation.params?.(context)) ?? {},
    );
    if (expectation.xml)
      return sendXml(operation.method, path, caller, expectation.xml());
    const body = expectation.body?.(context);
    return send(
      operation.method,
      path,
      caller,
      body === undefined ? undefined : JSON.stringify(body),
    );
  };

  beforeAll(async () => {
    world = await createWorkflowWorld('security-authorization');
    api = await world.start();
    send = rawClient(world, api);
    sendXml = rawXmlClient(world, api);
    operations = openApiOperations(api.app);

    const control = await startControlTask(api);
    const returned = await startControlTask(api);
    await controlled(
      api,
      returned,
      { approved: false, returnMessage: 'Tallene for A3 mangler' },
      vestland,
    );
    const returnJob = await pendingJob(
      world.dataSource,
      returned.instanceId,
      'Task_returner',
    );
    await world.answer({
      jobId: returnJob,
      outcome: 'completed',
      variables: {},
    });
    const correction = await eventually(async () => {
      const instance = await api.call(
        'GET',
        `/process-instances/${returned.instanceId}`,
      );
      return (
        instance.body.tasks as Array<{ id: string; elementId: string }>
      ).find((task) => task.elementId === 'Task_korriger');
    });
    const failing = await startControlTask(api);
    await controlled(api, failing, { approved: true }, vestland);
    const forwardJob = await pendingJob(
      world.dataSource,
      failing.instanceId,
      'Task_videresend',
    );
    await world.answer({
      jobId: forwardJob,
      outcome: 'failed',
      error: 'Bufdir svarte 503',
    });
    await api.call('POST', '/definitions', {
      xml: linearModel('security-linear', [{ id: 'A' }]),
    });
    const migratable = await api.call('POST', '/process-instances', {
      body: { definitionKey: 'security-linear' },
    });
    expect(migratable.status).toBe(201);
    await api.call('POST', '/definitions', {
      xml: linearModel('security-linear', [{ id: 'A' }, { id: 'B' }]),
    });
    const [incident] = await eventually(
      async () => (await api.call('GET', '/incidents')).body,
    );
    await settled(world.dataSource);
    seeded = {
      control,
      returned,
      correctionTaskId: correction.id,
      cancellable: await startControlTask(api),
      migratable: migratable.body.id,
      incidentId: incident.id,
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

  // Before the matrix: its resubmission message closes the task with the admin as the one who did it.
  it("keeps Bergen's correction task for Bergen, not for the office that returned it", async () => {
    const readers: string[] = [];
    for (const name of LOGGED_IN) {
      const reply = await callAs(CALLERS[name], 'GET /tasks/{id}', {
        params: () => ({ id: seeded.correctionTaskId }),
      });
      if (reply.status >= 200 && reply.status < 300) readers.push(name);
    }

    expect(readers).toEqual(['bergen']);
  });

  it.each(Object.keys(EXPECTATIONS))(
    '%s answers each caller as the table decides',
    async (key) => {
      const expectation = EXPECTATIONS[key];
      const problems = await accessProblems(EVERYONE, expectation, (name) =>
        callAs(CALLERS[name], key),
      );

      expect(problems).toEqual([]);
    },
  );

  it("never lets a caller outside Vestland's group read or change Bergen's control task", async () => {
    const taskRoutes = Object.keys(EXPECTATIONS).filter(
      (key) =>
        key.startsWith('GET /tasks/{id}') || /^(PUT|POST) \/tasks\//.test(key),
    );
    const leaks: string[] = [];
    for (const key of taskRoutes)
      for (const name of OUTSIDE_VESTLAND) {
        // Always the seeded task: a refusal must come before anything is changed.
        const { status } = await callAs(CALLERS[name], key, {
          params: onSeededTask,
        });
        if (status !== 403 && status !== 404)
          leaks.push(`${key} as ${name}: ${status}`);
      }
    const task = (
      await api.call('GET', `/tasks/${seeded.control.taskId}`, {
        principal: vestland,
      })
    ).body;

    expect(taskRoutes).toHaveLength(6);
    expect(leaks).toEqual([]);
    expect(task).toMatchObject({
      status: 'open',
      assignee: null,
      draft: null,
    });
  });

  it('gives someone outside the groups a task was assigned to no access to it', async () => {
    // A caseworker of Oslo's office, or one who has moved there from Vestland: the grant decides.
    const movedToOslo: SecurityCaller = {
      id: vestland2.id,
      grants: oslo.grants,
    };
    const refusals: number[] = [];
    for (const stranger of [oslo, movedToOslo]) {
      const task = await startControlTask(api);
      const assigned = await send(
        'PUT',
        `/tasks/${task.taskId}/assignee`,
        vestland,
        JSON.stringify({ assignee: stranger.id }),
      );
      expect(assigned.status).toBe(200);
      for (const [method, suffix, body] of [
        ['GET', ''],
        ['PUT', '/draft', { data: { merknad: 'x' } }],
        [
          'POST',
          '/complete',
          { idempotencyKey: 'stranger-01', variables: { approved: true } },
        ],
      ] as const)
        refusals.push(
          (
            await send(
              method,
              `/tasks/${task.taskId}${suffix}`,
              stranger,
              body && JSON.stringify(body),
            )
          ).status,
        );
      const after = await api.call('GET', `/tasks/${task.taskId}`, {
        principal: vestland,
      });
      expect(after.body).toMatchObject({ status: 'open', draft: null });
    }

    expect(refusals).toEqual([403, 403, 403, 403, 403, 403]);
  });

  it("lists only the caller's own groups' tasks in the inbox, open and solved", async () => {
    const osloTask = await startControlTask(api, {
      reportingUnitId: '0301',
      reportingUnitName: 'Oslo',
      responsibleOfficeId: 'sf-oslo-viken',
      responsibleOfficeName: 'Statsforvalteren i Oslo og Viken',
    });
    const inboxOf = async (caller: SecurityCaller, query = '') => {
      const reply = await send('GET', `/tasks?pageSize=100${query}`, caller);
      expect(reply.status).toBe(200);
      return (reply.body.items as Array<{ id: string }>).map(({ id }) => id);
    };

    expect(await inboxOf(vestland)).toContain(seeded.control.taskId);
    expect(await inboxOf(vestland)).not.toContain(osloTask.taskId);
    expect(await inboxOf(oslo)).toEqual([osloTask.taskId]);
    expect(await inboxOf(oslo, '&text=Bergen')).toEqual([]);
    expect(await inboxOf(oslo, '&state=solved')).toEqual([]);
    expect(await inboxOf(bergen)).not.toContain(seeded.control.taskId);
    for (const name of [
      'withoutRole',
      'stavanger',
      'bufdir',
      'bergenMachine',
      'bergenConcernCaseworker',
      'vestlandCountyReader',
    ] as const)
      expect(await inboxOf(CALLERS[name])).toEqual([]);
  });
});
