/**
 * Property-based fuzzing of every JSON-body operation of the workflow's OpenAPI document, called by
 * someone who may use it: arbitrary JSON, the right keys with the wrong types, huge strings, deep
 * nesting, unicode and `__proto__` keys, odd process variables; and of any text in the query
 * parameters of the GET operations. Whatever arrives, the service answers no 5xx, explains each 4xx
 * in a JSON `message`, and writes nothing when it refuses. Real: PostgreSQL, Redis, the migrations,
 * the shipped models, the whole module.
 */
import fc from 'fast-check';
import { linearModel } from '../support/linear-model';
import {
  admin,
  createWorkflowWorld,
  vestland,
  type WorkflowTestApp,
  type WorkflowWorld,
} from '../support/workflow-test-app';
import { eventually } from '../support/external-task-consumer';
import {
  type ControlTask,
  controlled,
  fillPath,
  openApiOperations,
  type Operation,
  pendingJob,
  rawClient,
  type RawReply,
  rowCounts,
  type SecurityCaller,
  settled,
  startControlTask,
} from './workflow-security-support';
import {
  anyText,
  edgeNumber,
  fuzzedVariants,
  json,
  nastyBodies,
  urlEncodableText,
} from '@bvr/service-kit/testing';

const RUNS_PER_OPERATION = 35;
/** A model without service tasks: an instance of it changes nothing after the call that made it. */
const LINEAR = 'fuzz-linear';

interface Seeded {
  /** Vestland's control task of a Bergen report; replaced when a body completes it. */
  controlTaskId: string;
  /** A running instance of {@link LINEAR}; replaced when a body cancels it. */
  linearInstanceId: string;
  /** Waits for the resubmission message. */
  returned: ControlTask;
}

interface FuzzTarget {
  /** Allowed to call it: the role and group checks pass, so the body decides. */
  caller: SecurityCaller;
  params: (seeded: Seeded) => Record<string, string | number>;
  /** Bodies the operation accepts: their keys are fuzzed one at a time, and all at once. */
  validBody: (seeded: Seeded) => fc.Arbitrary<Record<string, unknown>>;
  /** The key holding a free-form JSON object (process variables, form data), if any. */
  document?: string;
  /** Puts back what a body that got through changed, so later runs reach the same checks. */
  afterSuccess?: (reply: RawReply) => Promise<void>;
}

let world: WorkflowWorld;
let api: WorkflowTestApp;
let seeded: Seeded;

const onControlTask = (of: Seeded) => ({ id: of.controlTaskId });
const onLinearInstance = (of: Seeded) => ({ id: of.linearInstanceId });
const newControlTask = async () => {
  seeded.controlTaskId = (await startControlTask(api)).taskId;
};
const newLinearInstance = async () => {
  const started = await api.call('POST', '/process-instances', {
    body: { definitionKey: LINEAR },
  });
  if (started.status !== 201)
    throw new Error(`could not start: ${started.text}`);
  seeded.linearInstanceId = started.body.id;
};

const untilOnlyControlled = async (instanceId: string) => {
  await eventually(async () => {
    const instance = await api.call('GET', `/process-instances/${instanceId}`);
    return (
      instance.body.currentActivities.length === 1 &&
      instance.body.currentActivities[0].id === 'Task_kontroll'
    );
  });
  await settled(world.dataSource);
};

/** Every JSON-body operation of the document must be here: a new one fails the spec until it is fuzzed. */
const TARGETS: Record<string, FuzzTarget> = {
  'POST /process-instances': {
    caller: admin,
    params: () => ({}),
    validBody: () =>
      fc.constant({
        definitionKey: LINEAR,
        businessKey: 'fuzz:1',
        variables: { reportId: 'r-1', reportingUnitName: 'Bergen' },
      }),
    document: 'variables',
  },
  'POST /process-instances/{id}/cancel': {
    caller: admin,
    params: onLinearInstance,
    validBody: () => fc.constant({ reason: 'Sendt inn ved en feil' }),
    afterSuccess: newLinearInstance,
  },
  'POST /process-instances/{id}/migrate': {
    caller: admin,
    params: onLinearInstance,
    // Version 2 adds B after A, so the instance at A can move both ways.
    validBody: () =>
      fc.record({
        targetVersion: fc.constantFrom(1, 2),
        mapping: fc.constant({ A: 'A' }),
      }),
    document: 'mapping',
  },
  'PUT /tasks/{id}/draft': {
    caller: vestland,
    params: onControlTask,
    validBody: () => fc.constant({ data: { merknad: 'Ser bra ut' } }),
    document: 'data',
  },
  'POST /tasks/{id}/complete': {
    caller: vestland,
    params: onControlTask,
    // A fresh key each run: a known key of a completed task is answered as a repeat.
    validBody: () =>
      fc.uuid().map((key) => ({
        idempotencyKey: key,
        variables: { approved: true },
      })),
    document: 'variables',
    afterSuccess: newControlTask,
  },
  'PUT /tasks/{id}/assignee': {
    caller: vestland,
    params: onControlTask,
    validBody: () => fc.constant({ assignee: 'sf-vestland-2' }),
  },
  'POST /messages': {
    caller: admin,
    params: () => ({}),
    validBody: ({ returned }) =>
      fc.constant({
        name: 'halvarsrapport-sendt-inn-pa-nytt',
        businessKey: returned.businessKey,
        variables: { resubmittedAt: '2026-09-01T10:00:00Z' },
      }),
    document: 'variables',
    // The resubmitted report is controlled again: the office's e-mail is answered after the call.
    afterSuccess: () => untilOnlyControlled(seeded.returned.instanceId),
  },
};

/** A body with one entry of its free-form object changed (or added), as text. */
function withEntry(
  valid: Record<string, unknown>,
  document: string,
  name: string,
  value: unknown,
): string {
  const entries = (valid[document] ?? {}) as Record<string, unknown>;
  return json({ ...valid, [document]: { ...entries, [name]: value } });
}

/** Deeper than serializing it again (into jsonb) leaves room on the stack for. */
const deeplyNested = '{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000);

/**
 * Bodies sent before the random ones, every time: each broke something, and a random run only
 * rarely comes back to it. Text PostgreSQL cannot store, as a value and as a name inside the
 * free-form object (it ends up in jsonb), a document nested thousands of levels deep, a number past
 * an integer column.
 */
function knownNastyBodies(
  valid: Record<string, unknown>,
  document: string | undefined,
): [string][] {
  const inside = document
    ? [
        withEntry(valid, document, 'merknad', 'Ingen\u0000merknader'),
        withEntry(valid, document, 'merknad', 'halvt par \ud800'),
        withEntry(valid, document, 'merknad\u0000', 'x'),
        withEntry(valid, document, 'constructor', { prototype: 1 }),
        withEntry(valid, document, 'merknad', 'x'.repeat(90_000)),
        withEntry(valid, document, 'dyp', '#').replace('"#"', deeplyNested),
      ]
    : [];
  const int4Overflows = Object.keys(valid)
    .filter((key) => typeof valid[key] === 'number')
    .map((key) => json({ ...valid, [key]: 2 ** 31 }));
  return [...inside, ...int4Overflows, ...nastyBodies(valid)].map((body) => [
    body,
  ]);
}

function fuzzedBodies(
  validBodies: fc.Arbitrary<Record<string, unknown>>,
  document: string | undefined,
): fc.Arbitrary<string> {
  return validBodies.chain((valid) => {
    if (!document) return fuzzedVariants(valid);
    const entryName = fc.oneof(
      fc.constantFrom(
        'approved',
        'returnMessage',
        'A',
        '__proto__',
        'toString',
      ),
      anyText,
    );
    const oddEntry = fc
      .tuple(entryName, fc.oneof(anyText, edgeNumber, fc.jsonValue()))
      .map(([name, value]) => withEntry(valid, document, name, value));
    return fuzzedVariants(valid, [oddEntry]);
  });
}

describe('fuzzing the JSON bodies (and query texts) of the OpenAPI document', () => {
  let operations: Operation[];
  let send: ReturnType<typeof rawClient>;

  beforeAll(async () => {
    world = await createWorkflowWorld('security-fuzzing');
    api = await world.start();
    send = rawClient(world, api);
    operations = openApiOperations(api.app);
    await api.call('POST', '/definitions', {
      xml: linearModel(LINEAR, [{ id: 'A' }]),
    });
    await api.call('POST', '/definitions', {
      xml: linearModel(LINEAR, [{ id: 'A' }, { id: 'B' }]),
    });
    const returned = await startControlTask(api);
    await controlled(
      api,
      returned,
      { approved: false, returnMessage: 'Tallene for A3 mangler' },
      vestland,
    );
    await world.answer({
      jobId: await pendingJob(
        world.dataSource,
        returned.instanceId,
        'Task_returner',
      ),
      outcome: 'completed',
      variables: {},
    });
    seeded = {
      controlTaskId: '',
      linearInstanceId: '',
      returned,
    };
    await newControlTask();
    await newLinearInstance();
    await settled(world.dataSource);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('fuzzes every operation of the document that takes a JSON body, and no other', () => {
    const withBody = operations.filter((operation) => operation.hasJsonBody);

    expect(withBody.map(({ key }) => key).sort()).toEqual(
      Object.keys(TARGETS).sort(),
    );
  });

  it.each(Object.keys(TARGETS))(
    '%s answers any body without a 5xx, explains each refusal and writes nothing then',
    async (key) => {
      const target = TARGETS[key];
      const operation = operations.find((candidate) => candidate.key === key);
      if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
      const validBodies = target.validBody(seeded);
      const [aValidBody] = fc.sample(validBodies, 1);

      await fc.assert(
        fc.asyncProperty(
          fuzzedBodies(validBodies, target.document),
          async (body) => {
            // Per run: a body that got through may have replaced the task or instance.
            const path = fillPath(operation.path, target.params(seeded));
            const before = await rowCounts(world.dataSource);
            const reply = await send(
              operation.method,
              path,
              target.caller,
              body,
            );

            expect(reply.status).toBeLessThan(500);
            if (reply.status < 400) return target.afterSuccess?.(reply);
            expect(typeof reply.body?.message).toBe('string');
            expect(reply.body.message.trim()).not.toBe('');
            expect(await rowCounts(world.dataSource)).toEqual(before);
          },
        ),
        {
          numRuns: RUNS_PER_OPERATION,
          examples: knownNastyBodies(aValidBody, target.document),
        },
      );
    },
  );

  it('refuses what PostgreSQL cannot store or compare, or a deep document, with a 400, not a 500', async () => {
    const task = `/tasks/${seeded.controlTaskId}`;
    const draft = (data: string) =>
      send('PUT', `${task}/draft`, vestland, `{"data":${data}}`);
    const replies = await Promise.all([
      draft(json({ a: 'a\u0000b' })),
      draft(json({ a: 'a\ud800b' })),
      draft(json({ 'a\u0000b': 1 })),
      draft(deeplyNested),
      send('PUT', `${task}/assignee`, vestland, json({ assignee: 'a\u0000b' })),
      send('GET', '/tasks?text=a%00b', vestland),
      send('GET', '/process-instances?businessKey=a%00b', admin),
      send('GET', '/process-instances?version=2147483648', admin),
      send('GET', `/definitions/${LINEAR}/versions/2147483648/xml`, admin),
      send('GET', '/definitions/a%00b/audit', admin),
    ]);

    expect(replies.map(({ status }) => status)).toEqual(replies.map(() => 400));
    expect(replies[3].body.message).toContain('nested');
  });

  it('answers any text in a query parameter of a GET operation without a 5xx', async () => {
    const queried = operations.flatMap((operation) =>
      operation.method === 'GET'
        ? operation.queryParameters.map((name) => ({ operation, name }))
        : [],
    );
    type Queried = (typeof queried)[number];
    // The inbox is the caseworkers'; every other GET operation is the admins'.
    const callerOf = (operation: Operation) =>
      operation.path.startsWith('/tasks') ? vestland : admin;
    const pathOf = (operation: Operation) =>
      fillPath(operation.path, { key: LINEAR });

    expect(
      queried.map(({ operation, name }) => `${operation.key} ${name}`),
    ).toEqual(
      expect.arrayContaining(['GET /tasks text', 'GET /incidents state']),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queried),
        fc.oneof(urlEncodableText, edgeNumber.map(String)),
        async ({ operation, name }, value) => {
          const query = `${name}=${encodeURIComponent(value)}`;
          const reply = await send(
            'GET',
            `${pathOf(operation)}?${query}`,
            callerOf(operation),
          );

          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400)
            expect(reply.body?.message).toEqual(expect.any(String));
        },
      ),
      {
        numRuns: RUNS_PER_OPERATION * 3,
        // In every parameter, a NUL (PostgreSQL refuses it in any text) and a page past bigint.
        examples: queried.flatMap((parameter) =>
          ['a\u0000b', '1e20'].map((value): [Queried, string] => [
            parameter,
            value,
          ]),
        ),
      },
    );
  });
});
