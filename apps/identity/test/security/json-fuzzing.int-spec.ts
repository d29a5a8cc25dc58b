/**
 * Property-based fuzzing of every operation that takes a JSON body, called by someone who may use
 * it: arbitrary JSON, the right keys with the wrong types, huge strings, deep nesting, unicode and
 * `__proto__` keys, odd text inside the body; and of any text in the query parameters. Whatever
 * arrives, the service answers no 5xx, explains each 4xx in a JSON `message`, and writes nothing when
 * it refuses. Real: PostgreSQL, Redis, the migrations, the whole module. Faked: the reference data.
 */
import fc from 'fast-check';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { UnitInfo } from '../../src/modules/access-applications/domain/access-application';
import { UnitReference } from '../../src/modules/access-applications/reference-data/unit-reference';
import { DirectoryFactory } from '../support/directory-factory';
import {
  type Caller,
  type IdentityTestApp,
  platformAdmin,
  startIdentityApp,
  TOKEN_ISSUER,
} from '../support/identity-test-app';
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
  queryOperationKeys,
  type Operation,
  rawClient,
  type RawReply,
  rowCounts,
  syntheticPid,
} from './openapi-security-support';

const RUNS_PER_OPERATION = 35;
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

class FakeUnitReference extends UnitReference {
  async find(unitId: string): Promise<UnitInfo | null> {
    return unitId === '4601'
      ? {
          unitId,
          unitName: 'Bergen',
          officeId: 'sf-vestland',
          officeName: 'Statsforvalteren i Vestland',
          countyId: '46',
        }
      : null;
  }
}

type Path = (string | number)[];

interface Seeded {
  /** A registered person without a role. */
  person: Caller;
  assertion: string;
  publicJwk: Record<string, unknown>;
}

interface FuzzTarget {
  /** Allowed to call it (`null`: without a token): the role check passes, so the body decides. */
  caller: (seeded: Seeded) => Caller | null;
  /** A body the operation accepts: its keys are fuzzed one at a time, and all at once. */
  validBody: (seeded: Seeded) => Record<string, unknown>;
  /** Where in the body lies text that ends up stored. */
  textPaths: Path[];
  /** Puts back what a body that got through changed, so later runs reach the same checks. */
  afterSuccess?: (reply: RawReply) => Promise<void>;
}

let identity: IdentityTestApp;

/** Every operation with a JSON body must be here: a new one fails the spec until it is fuzzed. */
const TARGETS: Record<string, FuzzTarget> = {
  'POST /grants': {
    caller: () => platformAdmin,
    validBody: () => ({
      pid: syntheticPid(),
      name: 'Kari Saksbehandler',
      role: 'concern-caseworker',
      scope: { type: 'unit', id: '460102' },
      reason: 'Ny i barnevernet',
    }),
    textPaths: [['name'], ['reason'], ['pid'], ['role'], ['scope', 'id']],
  },
  'PUT /me': {
    caller: ({ person }) => person,
    validBody: () => ({
      name: 'Test Person',
      email: 'test@kommune.no',
      phone: '912 34 567',
    }),
    textPaths: [['name'], ['email'], ['phone']],
  },
  'POST /access-applications': {
    caller: ({ person }) => person,
    validBody: () => ({ kind: 'external', organisation: 'NTNU' }),
    textPaths: [['organisation'], ['kind'], ['unitId']],
    // Nothing pending again, so the next valid body is taken too.
    afterSuccess: async (reply) => {
      await identity.app
        .get(DataSource)
        .query(`DELETE FROM identity.access_application WHERE id = $1`, [
          reply.body.id,
        ]);
    },
  },
  'POST /machine-clients': {
    caller: () => platformAdmin,
    validBody: ({ publicJwk }) => ({
      name: 'Fagsystem Bergen',
      orgNumber: '964338531',
      unitId: '4601',
      publicJwk,
    }),
    textPaths: [['name'], ['orgNumber'], ['unitId'], ['publicJwk', 'x']],
  },
  'POST /oauth/token': {
    caller: () => null,
    validBody: ({ assertion }) => ({ grant_type: JWT_BEARER, assertion }),
    textPaths: [['assertion'], ['grant_type']],
  },
};

/**
 * The query parameters of each operation that reads its query string. The document names none, so
 * the list is checked against the handlers' `@Query()` instead.
 */
const QUERY_PARAMETERS: Record<string, string[]> = {
  'GET /grants': ['role', 'unitId'],
  'DELETE /grants/{id}': ['reason'],
  'GET /users': ['pid'],
  'GET /audit': ['userId', 'limit'],
  'GET /notifications/undeliverable': ['page', 'pageSize'],
  // Not in the document: the gateway's own call, turning a session cookie into a token.
  'GET /auth/token': ['audience'],
};
/** Reads its query, and is not fuzzed here: it redirects to ID-porten, which login.int-spec runs. */
const NOT_FUZZED = ['GET /auth/login'];

/** A live grant, for the revoke's `reason`. */
async function liveGrant(): Promise<string> {
  const granted = await identity.call('POST', '/grants', {
    body: {
      pid: syntheticPid(),
      role: 'concern-caseworker',
      scope: { type: 'unit', id: '460102' },
    },
  });
  return granted.body.id;
}

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

/** Bodies sent before the random ones, every time: text PostgreSQL cannot store, deep inside, and deep nesting. */
function knownNastyBodies(valid: Record<string, unknown>, paths: Path[]) {
  const deep = paths.flatMap((path) =>
    ['Ingen\u0000merknader', 'halvt par \ud800'].map((text) =>
      withValueAt(valid, path, text),
    ),
  );
  // Nested thousands deep where the schema takes any JSON (`publicJwk`): once a stack overflow.
  const nested = Object.keys(valid).map((key) =>
    json({ ...valid, [key]: '#' }).replace(
      '"#"',
      '{"a":'.repeat(5_000) + '"x"' + '}'.repeat(5_000),
    ),
  );
  return [...deep, ...nested, ...nastyBodies(valid)].map(
    (body) => [body] as [string],
  );
}

function fuzzedBodies(target: FuzzTarget, seeded: Seeded) {
  return fc.constant(null).chain(() => {
    const valid = target.validBody(seeded);
    const path = fc.constantFrom(...target.textPaths);
    const oddText = fc
      .tuple(path, anyText)
      .map(([at, value]) => withValueAt(valid, at, value));
    const wrongType = fc
      .tuple(path, fc.oneof(edgeNumber, fc.jsonValue()))
      .map(([at, value]) => withValueAt(valid, at, value));
    return fuzzedVariants(valid, [oddText, wrongType]);
  });
}

describe('fuzzing the JSON bodies (and query texts) of the operations', () => {
  let operations: Operation[];
  let send: ReturnType<typeof rawClient>;
  let seeded: Seeded;

  beforeAll(async () => {
    identity = await startIdentityApp('security-fuzzing', {
      unitReference: new FakeUnitReference(),
    });
    send = rawClient(identity);
    operations = openApiOperations(identity.app);
    const directory = new DirectoryFactory(identity.app.get(DataSource));
    const person = { id: (await directory.user()).id, grants: [] };
    const key = await generateKeyPair('ES256', { extractable: true });
    const publicJwk = await exportJWK(key.publicKey);
    const registered = await identity.call('POST', '/machine-clients', {
      body: {
        name: 'Fagsystem Bergen',
        orgNumber: '964338531',
        unitId: '4601',
        publicJwk,
      },
    });
    if (registered.status !== 201)
      throw new Error(`could not register: ${json(registered.body)}`);
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({ scope: 'reporting' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(registered.body.clientId)
      .setAudience(TOKEN_ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .setJti(randomUUID())
      .sign(key.privateKey);
    seeded = { person, assertion, publicJwk: { ...publicJwk } };
  });

  afterAll(async () => {
    await identity?.close();
  });

  it('fuzzes every operation that takes a JSON body, and no other', () => {
    const withBody = operations
      .filter((operation) => operation.hasJsonBody)
      .map(({ key }) => key);

    expect(withBody.sort()).toEqual(Object.keys(TARGETS).sort());
  });

  it.each(Object.keys(TARGETS))(
    '%s answers any body without a 5xx, explains each refusal and writes nothing then',
    async (key) => {
      const target = TARGETS[key];
      const operation = operations.find((candidate) => candidate.key === key);
      if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
      const caller = target.caller(seeded);

      await fc.assert(
        fc.asyncProperty(fuzzedBodies(target, seeded), async (body) => {
          const before = await rowCounts(identity);
          const reply = await send(
            operation.method,
            operation.path,
            caller,
            body,
          );

          expect(reply.status).toBeLessThan(500);
          if (reply.status < 400) return target.afterSuccess?.(reply);
          expect(typeof reply.body?.message).toBe('string');
          expect(reply.body.message.trim()).not.toBe('');
          expect(await rowCounts(identity)).toEqual(before);
        }),
        {
          numRuns: RUNS_PER_OPERATION,
          examples: knownNastyBodies(
            target.validBody(seeded),
            target.textPaths,
          ),
        },
      );
    },
  );

  it('answers any text in a query parameter without a 5xx', async () => {
    const queried = Object.entries(QUERY_PARAMETERS).flatMap(([key, names]) =>
      names.map((name) => ({ key, name })),
    );

    expect(queryOperationKeys(identity.app).sort()).toEqual(
      [...Object.keys(QUERY_PARAMETERS), ...NOT_FUZZED].sort(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queried),
        urlEncodableText,
        async ({ key, name }, value) => {
          const [method, template] = key.split(' ');
          const path = template.includes('{id}')
            ? fillPath(template, { id: await liveGrant() })
            : template;
          // A platform admin may call every one of them: the parameter decides.
          const reply = await send(
            method,
            `${path}?${name}=${encodeURIComponent(value)}`,
            platformAdmin,
          );

          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400)
            expect(reply.body?.message).toEqual(expect.any(String));
        },
      ),
      {
        numRuns: RUNS_PER_OPERATION * 2,
        examples: queried.map((parameter) => [parameter, 'a\u0000b']),
      },
    );
  });
});
