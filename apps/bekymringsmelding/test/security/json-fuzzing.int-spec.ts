/**
 * Property-based fuzzing of every JSON-body operation of the OpenAPI document, called by someone who
 * may use it: arbitrary JSON, the right keys with the wrong types, huge strings, deep nesting, unicode
 * and `__proto__` keys, and odd text deep inside the report. Whatever arrives, the service answers no
 * 5xx, explains each 4xx in a JSON `message`, and writes nothing when it refuses; a report it takes
 * can be downloaded as PDF. Real: PostgreSQL, Redis, the migrations, the whole module.
 */
import fc from 'fast-check';
import { createTestCertificate } from '../../src/modules/svarinn/testing/test-receiver';
import {
  bergenAdmin,
  bergenCaseworker,
  bergenSetup,
  privateReport,
  publicReport,
  unitDetails,
  withoutRole,
} from '../support/concern-fixtures';
import {
  type ConcernWorld,
  startConcernWorld,
  type TestCaller,
} from '../support/concern-test-app';
import {
  anyText,
  edgeNumber,
  fuzzedVariants,
  json,
  nastyBodies,
  urlEncodableText,
} from '@bvr/service-kit/testing';
import {
  fillPath,
  openApiOperations,
  type Operation,
  rawClient,
  type RawReply,
  rowCounts,
} from './openapi-security-support';

const RUNS_PER_OPERATION = 35;
/** Has no set-up: the wizard is fuzzed against it. */
const KINN = '4602';

type Path = (string | number)[];

interface FuzzTarget {
  /** Allowed to call it (`null`: without a token): the role check passes, so the body decides. */
  caller: TestCaller | null;
  params: Record<string, string>;
  /** A body the operation accepts: its keys are fuzzed one at a time, and all at once. */
  validBody: () => Record<string, unknown>;
  /** Where in the body text lies that ends up stored, in a PDF or in an e-mail. */
  textPaths: Path[];
  /** Checks and puts back what a body that got through changed, so later runs reach the same checks. */
  afterSuccess?: (reply: RawReply) => Promise<void>;
}

let world: ConcernWorld;
let certificatePem: string;

/** A report that got through must reach the caseworker: its PDF renders whatever the text was. */
async function downloadable(reply: RawReply): Promise<void> {
  const [row] = await world.dataSource.query(
    `SELECT id FROM bekymringsmelding.concern_message WHERE referanse = $1`,
    [reply.body.referanse],
  );
  const pdf = await world.call(
    'GET',
    `/mottak/${row.id}/pdf`,
    bergenCaseworker,
  );
  expect([pdf.status, pdf.bytes.subarray(0, 5).toString()]).toEqual([
    200,
    '%PDF-',
  ]);
}

/** Every JSON-body operation of the document must be here: a new one fails the spec until it is fuzzed. */
const TARGETS: Record<string, FuzzTarget> = {
  'POST /meldinger/privat': {
    caller: null,
    params: {},
    validBody: () => privateReport({ kvitteringEpost: 'synne@example.test' }),
    textPaths: [
      ['melding'],
      ['privatMelder', 'personnavn'],
      ['privatBarn', 0, 'personnavn'],
      ['privatBarn', 0, 'adresse', 'poststed'],
      ['kvitteringEpost'],
      ['bydelsnummer'],
    ],
    afterSuccess: downloadable,
  },
  'POST /meldinger/offentlig': {
    caller: withoutRole,
    params: {},
    validBody: () => publicReport(),
    textPaths: [
      ['melding', 'melding'],
      ['offentligMelder', 'virksomhet', 'navn'],
      ['offentligMelder', 'epost'],
      ['offentligBarn', 0, 'personnavn'],
      ['foresatte', 0, 'orientertGrunn'],
      ['andreHjelpeinstanser'],
    ],
    afterSuccess: downloadable,
  },
  'POST /kommuner/{kommunenummer}/tjeneste/sertifikat': {
    caller: bergenAdmin,
    params: { kommunenummer: '4601' },
    validBody: () => ({ sertifikat: certificatePem }),
    textPaths: [['sertifikat']],
  },
  'PUT /kommuner/{kommunenummer}/tjeneste': {
    caller: { id: 'kim-k', grants: [`concern-admin@unit:${KINN}`] },
    params: { kommunenummer: KINN },
    validBody: () => ({
      harBydeler: false,
      mottak: 'manuell',
      ...unitDetails('Kinn'),
    }),
    textPaths: [
      ['mottakeradresse', 'navn'],
      ['mottakeradresse', 'poststed'],
      ['kontakt', 'epost'],
      ['varselEposter', 0],
    ],
    // Kinn without a set-up again, so the next valid body is taken too.
    afterSuccess: async () => {
      await world.dataSource.query(
        `DELETE FROM bekymringsmelding.receiving_unit WHERE kommunenummer = $1`,
        [KINN],
      );
      await world.dataSource.query(
        `DELETE FROM bekymringsmelding.concern_service WHERE kommunenummer = $1`,
        [KINN],
      );
    },
  },
  'POST /kommuner/{kommunenummer}/bydeler': {
    caller: bergenAdmin,
    params: { kommunenummer: '4601' },
    validBody: () => ({
      bydelsnummer: '07',
      bydelsnavn: 'Fana',
      ...unitDetails('Fana'),
    }),
    textPaths: [
      ['bydelsnavn'],
      ['bydelsnummer'],
      ['mottakeradresse', 'navn'],
      ['varselEposter', 1],
    ],
    afterSuccess: async () => {
      await world.dataSource.query(
        `DELETE FROM bekymringsmelding.receiving_unit WHERE kommunenummer = '4601' AND bydelsnummer <> '02'`,
      );
    },
  },
  'PUT /kommuner/{kommunenummer}/standardmottaker': {
    caller: bergenAdmin,
    params: { kommunenummer: '4601' },
    validBody: () => ({ bydelsnummer: '02' }),
    textPaths: [['bydelsnummer']],
  },
};

/** The body with the value at `path` replaced (or added), as text. */
function withValueAt(
  valid: Record<string, unknown>,
  path: Path,
  value: unknown,
): string {
  const body = structuredClone(valid);
  let parent = body as Record<string | number, unknown>;
  for (const step of path.slice(0, -1))
    parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
  return json(body);
}

/**
 * Bodies sent before the random ones, every time: what PostgreSQL stores in no text or jsonb, and
 * what a PDF font has no glyph for, deep inside the body.
 */
function knownNastyBodies(target: FuzzTarget): [string][] {
  const valid = target.validBody();
  const deep = target.textPaths.flatMap((path) =>
    ['Ingen\u0000merknader', 'halvt par \ud800', '🦀\u202e\u0007'].map((text) =>
      withValueAt(valid, path, text),
    ),
  );
  return [...deep, ...nastyBodies(valid)].map((body) => [body]);
}

function fuzzedBodies(target: FuzzTarget): fc.Arbitrary<string> {
  const valid = target.validBody();
  const path = fc.constantFrom(...target.textPaths);
  const oddText = fc
    .tuple(path, anyText)
    .map(([at, value]) => withValueAt(valid, at, value));
  const wrongType = fc
    .tuple(path, fc.oneof(edgeNumber, fc.jsonValue()))
    .map(([at, value]) => withValueAt(valid, at, value));
  return fuzzedVariants(valid, [oddText, wrongType]);
}

describe('fuzzing the JSON bodies of the OpenAPI document', () => {
  let operations: Operation[];
  let send: ReturnType<typeof rawClient>;

  beforeAll(async () => {
    world = await startConcernWorld('security-fuzzing');
    send = rawClient(world);
    operations = openApiOperations(world.app);
    const setUp = await world.call(
      'PUT',
      '/kommuner/4601/tjeneste',
      bergenAdmin,
      bergenSetup(),
    );
    if (setUp.status !== 201)
      throw new Error(`could not set up: ${json(setUp.body)}`);
    ({ certificatePem } = await createTestCertificate());
    // The test certificate is valid from the second it was made.
    world.clock.set(new Date(Date.now() + 2000));
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
      const path = fillPath(operation.path, target.params);

      await fc.assert(
        fc.asyncProperty(fuzzedBodies(target), async (body) => {
          const before = await rowCounts(world.dataSource);
          const reply = await send(operation.method, path, target.caller, body);

          expect(reply.status).toBeLessThan(500);
          if (reply.status < 400) return target.afterSuccess?.(reply);
          expect(typeof reply.body?.message).toBe('string');
          expect(reply.body.message.trim()).not.toBe('');
          expect(await rowCounts(world.dataSource)).toEqual(before);
        }),
        {
          numRuns: RUNS_PER_OPERATION,
          examples: knownNastyBodies(target),
        },
      );
    },
  );

  it('answers any text in a path parameter without a 5xx', async () => {
    const parameterised = operations.filter(({ path }) => path.includes('{'));
    // Callers who pass the role check, so the parameter decides.
    const caseworkerAndAdmin: TestCaller = {
      id: 'begge',
      grants: ['concern-caseworker@unit:4601', 'concern-admin@unit:4601'],
    };

    expect(parameterised.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...parameterised),
        urlEncodableText,
        async (operation, value) => {
          const path = fillPath(operation.path, {
            id: value,
            kommunenummer: value,
          });
          const reply = await send(
            operation.method,
            path,
            caseworkerAndAdmin,
            operation.hasJsonBody ? '{}' : undefined,
          );

          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400)
            expect(reply.body?.message).toEqual(expect.any(String));
        },
      ),
      {
        numRuns: RUNS_PER_OPERATION * 2,
        examples: parameterised.flatMap((operation) =>
          ['a\u0000b', '00000000-0000-0000-0000-000000000000', '0000'].map(
            (value) => [operation, value] as [Operation, string],
          ),
        ),
      },
    );
  });
});
