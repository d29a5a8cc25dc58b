import { randomUUID } from 'node:crypto';
import { linearModel } from '../support/linear-model';
import {
  admin,
  createWorkflowWorld,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

const KEY = 'overview';
const v1 = linearModel(KEY, [{ id: 'A' }, { id: 'B' }], { name: 'Oversikt' });
const v2 = linearModel(KEY, [{ id: 'A' }, { id: 'B' }, { id: 'C' }], {
  name: 'Oversikt',
});

describe('definition overview', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  let atA: string;
  let atB: string;

  beforeAll(async () => {
    world = await createWorkflowWorld('definition-overview');
    api = await world.start();
    // v1 with two running instances, one moved on to B; then v2 without any.
    await api.call(
      'POST',
      `/definitions?changeNote=${encodeURIComponent('Første versjon')}`,
      { xml: v1 },
    );
    atA = (await start()).id;
    const second = await start();
    atB = second.id;
    await api.call('POST', `/tasks/${second.tasks[0].id}/complete`, {
      body: { idempotencyKey: 'overview-b', variables: { approved: true } },
    });
    await api.call('POST', '/definitions', { xml: v2 });
  });
  afterAll(() => world.close());

  async function start() {
    return (
      await api.call('POST', '/process-instances', {
        body: { definitionKey: KEY },
      })
    ).body;
  }

  /** An incident on activity `elementId` of `instanceId`, as a handler that gave up leaves it. */
  async function openIncident(instanceId: string, elementId: string) {
    const jobId = `${instanceId}.${randomUUID()}`;
    await world.dataSource.query(
      `INSERT INTO workflow.external_job (id, instance_id, execution_id, element_id, topic, status, created_at)
       VALUES ($1, $2, $3, $4, 'identity.notify-report-received', 'failed', now())`,
      [jobId, instanceId, randomUUID(), elementId],
    );
    await world.dataSource.query(
      `INSERT INTO workflow.incident (instance_id, job_id, element_id, topic, error, created_at)
       VALUES ($1, $2, $3, 'identity.notify-report-received', 'SMTP down', now())`,
      [instanceId, jobId, elementId],
    );
  }

  it('lists each version with its change note, deployer and counts of running instances and open incidents', async () => {
    // given an open incident on the instance at A
    await openIncident(atA, 'A');
    // when
    const reply = await api.call('GET', '/definitions');
    // then
    expect(reply.status).toBe(200);
    expect(
      reply.body.filter(
        (definition: { key: string }) => definition.key === KEY,
      ),
    ).toEqual([
      {
        key: KEY,
        name: 'Oversikt',
        versions: [
          {
            id: expect.any(String),
            version: 2,
            contentHash: expect.any(String),
            changeNote: null,
            deployedBy: admin.id,
            // the name from the caller's token, so people read who deployed
            deployedByName: 'Test Person',
            deployedAt: expect.any(String),
            runningInstances: 0,
            openIncidents: 0,
          },
          expect.objectContaining({
            version: 1,
            changeNote: 'Første versjon',
            deployedBy: admin.id,
            runningInstances: 2,
            openIncidents: 1,
          }),
        ],
      },
    ]);
  });

  it('audits each deploy that made a version, not an unchanged one', async () => {
    // given the same model once more
    await api.call('POST', '/definitions', { xml: v2 });
    // when
    const rows = await world.dataSource.query(
      `SELECT action, definition_key, version, actor, details FROM workflow.definition_audit WHERE definition_key = $1 ORDER BY version`,
      [KEY],
    );
    // then
    expect(rows).toEqual([
      {
        action: 'deployed',
        definition_key: KEY,
        version: 1,
        actor: admin.id,
        details: expect.objectContaining({ changeNote: 'Første versjon' }),
      },
      {
        action: 'deployed',
        definition_key: KEY,
        version: 2,
        actor: admin.id,
        details: expect.objectContaining({ changeNote: null }),
      },
    ]);
  });

  it('refuses a change note over 500 characters', async () => {
    const reply = await api.call(
      'POST',
      `/definitions?changeNote=${'x'.repeat(501)}`,
      { xml: linearModel('long-note', [{ id: 'A' }]) },
    );
    expect(reply).toMatchObject({
      status: 400,
      body: { code: 'COMMON.VALIDATION_FAILED' },
    });
  });

  it('counts the instances waiting at each activity of a version, and their open incidents', async () => {
    // when
    const first = await api.call(
      'GET',
      `/definitions/${KEY}/versions/1/activity-counts`,
    );
    const second = await api.call(
      'GET',
      `/definitions/${KEY}/versions/2/activity-counts`,
    );
    // then
    expect(first).toMatchObject({
      status: 200,
      body: {
        activities: [
          { activityId: 'A', waiting: 1, incidents: 1 },
          { activityId: 'B', waiting: 1, incidents: 0 },
        ],
      },
    });
    expect(second.body).toEqual({ activities: [] });
    expect(
      (await api.call('GET', `/definitions/${KEY}/versions/9/activity-counts`))
        .status,
    ).toBe(404);
  });

  it('finds the instances of a version at an activity, with paging and total', async () => {
    // when
    const list = (query: string) =>
      api.call('GET', `/process-instances?definitionKey=${KEY}&${query}`);
    const atActivityA = await list('version=1&activityId=A');
    const atActivityB = await list('activityId=B');
    const onVersion1 = await list('version=1&pageSize=1&page=2');
    const onVersion2 = await list('version=2');
    // then
    expect(atActivityA.body).toMatchObject({
      total: 1,
      items: [{ id: atA, definitionVersion: 1 }],
    });
    expect(atActivityB.body).toMatchObject({ total: 1, items: [{ id: atB }] });
    expect(onVersion1.body).toMatchObject({
      total: 2,
      page: 2,
      pageSize: 1,
      items: [expect.objectContaining({ definitionVersion: 1 })],
    });
    expect(onVersion2.body).toMatchObject({ total: 0, items: [] });
    expect((await list('version=zwei')).status).toBe(400);
  });

  it('is for admins: others get 403, strangers 401', async () => {
    const counts = `/definitions/${KEY}/versions/1/activity-counts`;
    const instances = `/process-instances?version=1&activityId=A`;
    for (const path of [counts, instances, '/definitions']) {
      expect((await api.call('GET', path)).status).toBe(200);
      expect(
        (await api.call('GET', path, { principal: vestland })).status,
      ).toBe(403);
      expect((await api.call('GET', path, { principal: null })).status).toBe(
        401,
      );
    }
    const deploy = `/definitions?changeNote=x`;
    const xml = linearModel('not-by-you', [{ id: 'A' }]);
    expect(
      (await api.call('POST', deploy, { xml, principal: vestland })).status,
    ).toBe(403);
    expect(
      (await api.call('POST', deploy, { xml, principal: null })).status,
    ).toBe(401);
  });
});
