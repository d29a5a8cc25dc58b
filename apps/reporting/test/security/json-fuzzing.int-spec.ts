/**
 * Property-based fuzzing of every JSON-body operation of the OpenAPI document, called by someone who
 * may use it: arbitrary JSON, the right keys with the wrong types, huge strings, deep nesting, unicode
 * and `__proto__` keys; and of any text in the query parameters of the GET operations. Whatever
 * arrives, the service answers no 5xx, explains each 4xx in a JSON `message`, and writes nothing when
 * it refuses. Real: PostgreSQL, Redis, the migrations, the bundled reference data, the whole module.
 */
import fc from 'fast-check';
import { ReportDecisionsService } from '../../src/modules/reports/commands/decisions/report-decisions.service';
import { periodBody } from '../support/period.factory';
import { submission, unitReportValues } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import {
  bergenReporter,
  bufdir,
  type TestCaller,
  vestlandCaseworker,
} from '../support/test-callers';
import {
  fillPath,
  openApiOperations,
  type Operation,
  rawClient,
  type RawReply,
  rowCounts,
} from './openapi-security-support';
import {
  anyText,
  edgeNumber,
  fuzzedVariants,
  json,
  urlEncodableText,
} from '@bvr/service-kit/testing';

const RUNS_PER_OPERATION = 40;
/** Fills in the open period's report. */
const ARNA = '460101';
/** Submitted, so awaiting the Statsforvalter's control. */
const FANA = '460103';

interface Seeded {
  /** A period of its own for the updates, so they cannot close the open one. */
  updatedPeriod: { id: number; year: number };
  openPeriodId: number;
  fanaReportId: string;
}

interface FuzzTarget {
  /** Allowed to call it: the role check passes, so the body decides. */
  caller: TestCaller;
  params: (seeded: Seeded) => Record<string, string | number>;
  /** Bodies the operation accepts: their keys are fuzzed one at a time, and all at once. */
  validBody: (seeded: Seeded) => fc.Arbitrary<Record<string, unknown>>;
  /** Puts back what a body that got through changed, so later runs reach the same checks. */
  afterSuccess?: (reply: RawReply) => Promise<void>;
}

const periodTarget: Omit<FuzzTarget, 'params'> = {
  caller: bufdir,
  validBody: ({ updatedPeriod }) =>
    fc.constant(periodBody({ year: updatedPeriod.year })),
};

/** Every JSON-body operation of the document must be here: a new one fails the spec until it is fuzzed. */
const TARGETS: Record<string, FuzzTarget> = {
  'POST /periods': { ...periodTarget, params: () => ({}) },
  'PUT /periods/{id}': {
    ...periodTarget,
    params: ({ updatedPeriod }) => ({ id: updatedPeriod.id }),
  },
  'PUT /periods/{periodId}/units/{unitId}/report/draft': {
    caller: bergenReporter,
    params: ({ openPeriodId }) => ({ periodId: openPeriodId, unitId: ARNA }),
    validBody: () => fc.constant({ values: unitReportValues(), revision: 0 }),
  },
  'POST /periods/{periodId}/units/{unitId}/report/submit': {
    caller: bergenReporter,
    params: ({ openPeriodId }) => ({ periodId: openPeriodId, unitId: ARNA }),
    // A fresh key each run: a known key is answered as a repeat before the values are checked.
    validBody: () => fc.uuid().map((key) => submission({}, key)),
    afterSuccess: (reply) => returnToUnit(reply.body.reportId),
  },
  'PUT /reports/{reportId}/statsforvalter-values': {
    caller: vestlandCaseworker,
    params: ({ fanaReportId }) => ({ reportId: fanaReportId }),
    validBody: () => fc.constant({ values: { U3: 0 } }),
  },
};

/** A body with one answer changed (or added), as text. */
function withAnswer(
  valid: Record<string, unknown>,
  point: string,
  value: unknown,
): string {
  const answers = (valid.values ?? {}) as Record<string, unknown>;
  return json({ ...valid, values: { ...answers, [point]: value } });
}

/** The first answer given as text, where there is one. */
const textPointOf = (valid: Record<string, unknown>) =>
  Object.entries((valid.values ?? {}) as Record<string, unknown>).find(
    ([, value]) => typeof value === 'string',
  )?.[0] ?? 'U3';

/**
 * Bodies sent before the random ones, every time: each broke (or could break) something, and a
 * random run would only rarely come back to it.
 */
function knownNastyBodies(valid: Record<string, unknown>): [string][] {
  const textPoint = textPointOf(valid);
  const firstKey = Object.keys(valid)[0];
  return [
    withAnswer(valid, textPoint, 'Ingen\u0000merknader'),
    withAnswer(valid, textPoint, 'halvt par \ud800'),
    withAnswer(valid, 'A3\u0000', 0),
    `{"__proto__":{"polluted":true},${json(valid).slice(1)}`,
    json({ ...valid, [firstKey]: 'x'.repeat(200_000) }),
    '['.repeat(5_000) + ']'.repeat(5_000),
    'null',
    '"values"',
    '{}',
  ].map((body) => [body]);
}

function fuzzedBodies(
  validBodies: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<string> {
  return validBodies.chain((valid) => {
    // Inside the report's answers, which end up in jsonb, in sums and in the control's messages.
    const answered = (point: string, value: unknown) =>
      withAnswer(valid, point, value);
    const edgeNumberAnswer = fc
      .tuple(
        fc.constantFrom('A3', 'U1', 'U3', 'M1', 'unknown-point'),
        edgeNumber,
      )
      .map(([point, value]) => answered(point, value));
    const oddTextAnswer = fc
      .tuple(fc.constant(textPointOf(valid)), anyText, fc.boolean())
      .map(([point, value, asPointId]) =>
        asPointId ? answered(value, 0) : answered(point, value),
      );
    return fuzzedVariants(valid, [edgeNumberAnswer, oddTextAnswer]);
  });
}

let world: ReportsWorld;

/** As the Statsforvalter's "Nei": the report is with the unit again, and may be submitted again. */
const returnToUnit = (reportId: string) =>
  world.api.app.get(ReportDecisionsService).markReturned(reportId, 'Fuzzing');

describe('fuzzing the JSON bodies (and query texts) of the OpenAPI document', () => {
  let operations: Operation[];
  let seeded: Seeded;
  let send: ReturnType<typeof rawClient>;

  beforeAll(async () => {
    world = await startReportsWorld('security-fuzzing');
    send = rawClient(world.api);
    operations = openApiOperations(world.api.app);
    const updatedPeriod = await world.newPeriod();
    const openPeriodId = (await world.newPeriod()).id;
    const fana = await world.api.call(
      'POST',
      reportPath(openPeriodId, FANA, '/submit'),
      {
        caller: bergenReporter,
        body: submission(),
      },
    );
    if (fana.status !== 201)
      throw new Error(`could not submit: ${json(fana.body)}`);
    seeded = { updatedPeriod, openPeriodId, fanaReportId: fana.body.reportId };
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
      const path = fillPath(operation.path, target.params(seeded));
      const validBodies = target.validBody(seeded);
      const [aValidBody] = fc.sample(validBodies, 1);

      await fc.assert(
        fc.asyncProperty(fuzzedBodies(validBodies), async (body) => {
          const before = await rowCounts(world.testDb.dataSource);
          const reply = await send(operation.method, path, target.caller, body);

          expect(reply.status).toBeLessThan(500);
          if (reply.status < 400) return target.afterSuccess?.(reply);
          expect(typeof reply.body?.message).toBe('string');
          expect(reply.body.message.trim()).not.toBe('');
          expect(await rowCounts(world.testDb.dataSource)).toEqual(before);
        }),
        {
          numRuns: RUNS_PER_OPERATION,
          examples: knownNastyBodies(aValidBody),
        },
      );
    },
  );

  it('refuses text PostgreSQL cannot store with a 400, not a 500', async () => {
    const values = unitReportValues();
    const saveDraftWith = (text: string) =>
      send(
        'PUT',
        reportPath(seeded.openPeriodId, ARNA, '/draft'),
        bergenReporter,
        withAnswer({ values, revision: 0 }, textPointOf({ values }), text),
      );
    const replies = await Promise.all([
      saveDraftWith('a\u0000b'),
      saveDraftWith('a\ud800b'),
      send('GET', '/reference-data/kommuner?q=a%00b', null),
      send('GET', `/periods/${seeded.openPeriodId}/reports?q=a%00b`, bufdir),
    ]);

    expect(replies.map(({ status }) => status)).toEqual([400, 400, 400, 400]);
  });

  it('answers any text in a query parameter of a GET operation without a 5xx', async () => {
    const queried = operations.flatMap((operation) =>
      operation.method === 'GET'
        ? operation.queryParameters.map((name) => ({ operation, name }))
        : [],
    );
    const pathOf = (operation: Operation) =>
      fillPath(operation.path, {
        id: 'sf-vestland',
        number: '4601',
        periodId: seeded.openPeriodId,
        indicatorId: 'investigations-within-deadline',
      });

    expect(queried.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queried),
        urlEncodableText,
        async ({ operation, name }, value) => {
          const query = `${name}=${encodeURIComponent(value)}`;
          // Bufdir may call every GET operation: the parameter decides.
          const reply = await send(
            'GET',
            `${pathOf(operation)}?${query}`,
            bufdir,
          );

          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400)
            expect(reply.body?.message).toEqual(expect.any(String));
        },
      ),
      {
        numRuns: RUNS_PER_OPERATION * 2,
        // A NUL in every parameter: PostgreSQL refuses it in any text.
        examples: queried.map((parameter) => [parameter, 'a\u0000b']),
      },
    );
  });
});
