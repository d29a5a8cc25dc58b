/**
 * The service takes no JSON body; what a caller controls is the query string of the delivery log and
 * the id of a retry. Property-based: whatever text arrives there, the service answers no 5xx, explains
 * each 4xx in a JSON `message`, and writes nothing when it refuses. Real: PostgreSQL, Redis, BullMQ.
 */
import fc from 'fast-check';
import { urlEncodableText } from '@bvr/service-kit/testing';
import {
  type NotificationWorld,
  openApiOperations,
  startNotificationWorld,
} from './notification-world';

const RUNS = 40;
const platformAdmin = { id: 'admin-1', grants: ['platform-admin@national'] };

/** Every operation and what of its request the caller writes; the document names no query parameters. */
const INPUTS: Record<string, string[]> = {
  'GET /health': [],
  'GET /emails': ['status', 'page', 'pageSize'],
  'POST /emails/{id}/retry': ['{id}'],
};

describe('fuzzing the query texts and path parameters', () => {
  let world: NotificationWorld;

  beforeAll(async () => {
    world = await startNotificationWorld('security-fuzzing');
    await world.failedEmail('refused-1');
  });

  afterAll(async () => {
    await world?.close();
  });

  it('knows every operation of the document', () => {
    expect(
      openApiOperations(world.app)
        .map(({ key }) => key)
        .sort(),
    ).toEqual(Object.keys(INPUTS).sort());
  });

  it('answers any text in the query of the delivery log without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...INPUTS['GET /emails']),
        urlEncodableText,
        async (name, value) => {
          const reply = await world.send(
            'GET',
            `/emails?${name}=${encodeURIComponent(value)}`,
            platformAdmin,
          );

          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400)
            expect(reply.body?.message).toEqual(expect.any(String));
        },
      ),
      {
        numRuns: RUNS,
        examples: INPUTS['GET /emails'].map((name) => [name, 'a\u0000b']),
      },
    );
  });

  it('answers any id of a retry without a 5xx, and changes nothing when it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(urlEncodableText, async (id) => {
        const before = await world.rowCounts();
        const reply = await world.send(
          'POST',
          `/emails/${encodeURIComponent(id)}/retry`,
          platformAdmin,
        );

        expect(reply.status).toBeLessThan(500);
        if (reply.status < 400) return;
        expect(reply.body?.message).toEqual(expect.any(String));
        expect(await world.rowCounts()).toEqual(before);
      }),
      {
        numRuns: RUNS,
        examples: [['a\u0000b'], ['refused-1\u0000'], ['x'.repeat(201)], ['%']],
      },
    );
  });
});
