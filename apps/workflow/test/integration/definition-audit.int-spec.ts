import { linearModel } from '../support/linear-model';
import {
  admin,
  createWorkflowWorld,
  TestCaller,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

const KEY = 'audited';
const v1 = linearModel(KEY, [{ id: 'A' }]);
const v2 = linearModel(KEY, [{ id: 'A' }, { id: 'B' }]);

describe('definition audit trail', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  let instanceId: string;

  beforeAll(async () => {
    world = await createWorkflowWorld('definition-audit');
    api = await world.start();
    // v1 with an instance at A, then v2, then the instance migrated onto v2, all by the admin
    await deploy(v1, 'Første versjon');
    instanceId = (
      await api.call('POST', '/process-instances', {
        body: { definitionKey: KEY },
      })
    ).body.id;
    await deploy(v2, 'Legger til B');
    const migrated = await api.call(
      'POST',
      `/process-instances/${instanceId}/migrate`,
      { body: { targetVersion: 2 } },
    );
    expect(migrated.status).toBe(200);
  });
  afterAll(() => world.close());

  async function deploy(xml: string, changeNote: string) {
    const reply = await api.call(
      'POST',
      `/definitions?changeNote=${encodeURIComponent(changeNote)}`,
      { xml },
    );
    expect(reply.status).toBe(201);
  }

  const audit = (key: string, query = '', principal?: TestCaller | null) =>
    api.call('GET', `/definitions/${key}/audit${query}`, { principal });

  it('lists every deploy and migration of a key, newest first, with who, when and why', async () => {
    // when
    const reply = await audit(KEY);
    // then
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      total: 3,
      page: 1,
      pageSize: 50,
      items: [
        {
          id: expect.any(String),
          action: 'migrated',
          version: 2,
          actor: admin.id,
          // the name from the caller's token, so people read who migrated
          actorName: 'Test Person',
          at: expect.any(String),
          changeNote: null,
          details: {
            instanceId,
            fromVersion: 1,
            toVersion: 2,
            mapping: {},
            actorName: 'Test Person',
          },
        },
        {
          id: expect.any(String),
          action: 'deployed',
          version: 2,
          actor: admin.id,
          actorName: 'Test Person',
          at: expect.any(String),
          changeNote: 'Legger til B',
          details: expect.objectContaining({
            definitionId: expect.any(String),
            contentHash: expect.any(String),
          }),
        },
        expect.objectContaining({
          action: 'deployed',
          version: 1,
          actorName: 'Test Person',
          changeNote: 'Første versjon',
        }),
      ],
    });
    const times = reply.body.items.map((item: { at: string }) =>
      Date.parse(item.at),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('pages through the trail, with the total', async () => {
    // when
    const first = await audit(KEY, '?pageSize=1');
    const last = await audit(KEY, '?pageSize=1&page=3');
    const beyond = await audit(KEY, '?pageSize=1&page=4');
    // then
    expect(first.body).toEqual({
      total: 3,
      page: 1,
      pageSize: 1,
      items: [expect.objectContaining({ action: 'migrated', version: 2 })],
    });
    expect(last.body).toMatchObject({
      total: 3,
      items: [{ action: 'deployed', version: 1 }],
    });
    expect(beyond.body).toMatchObject({ total: 3, items: [] });
    expect((await audit(KEY, '?pageSize=201')).status).toBe(400);
    expect((await audit(KEY, '?page=0')).status).toBe(400);
  });

  it('answers 404 for a key that was never deployed', async () => {
    await expect(audit('never-deployed')).resolves.toMatchObject({
      status: 404,
      body: {
        code: 'WORKFLOW.UNKNOWN_DEFINITION',
        message: expect.stringContaining('"never-deployed"'),
      },
    });
  });

  it('is for admins: others get 403, strangers 401', async () => {
    expect((await audit(KEY, '', vestland)).status).toBe(403);
    expect((await audit(KEY, '', null)).status).toBe(401);
  });
});
