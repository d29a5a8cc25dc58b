import { linearModel } from '../support/linear-model';
import {
  admin,
  createWorkflowWorld,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

describe('instance migration', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;

  beforeAll(async () => {
    world = await createWorkflowWorld('instance-migration');
    api = await world.start();
  });
  afterAll(() => world.close());

  const deploy = async (xml: string) =>
    expect((await api.call('POST', '/definitions', { xml })).status).toBe(201);
  const start = async (definitionKey: string) =>
    (await api.call('POST', '/process-instances', { body: { definitionKey } }))
      .body;
  const migrate = (id: string, body: unknown, principal = admin) =>
    api.call('POST', `/process-instances/${id}/migrate`, { body, principal });
  const completeOpenTask = async (instance: {
    id: string;
    tasks: Array<{ id: string; status: string }>;
  }) => {
    const task = instance.tasks.find((t) => t.status === 'open');
    const reply = await api.call('POST', `/tasks/${task?.id}/complete`, {
      body: {
        idempotencyKey: `done-${task?.id}`,
        variables: { approved: true },
      },
    });
    expect(reply.status).toBe(200);
    return (await api.call('GET', `/process-instances/${instance.id}`)).body;
  };

  it('moves an instance waiting at A onto a version that adds B after A, and it continues there', async () => {
    // given v1 (start → A → end) with an instance at A, then v2 (start → A → B → end)
    await deploy(linearModel('added', [{ id: 'A' }]));
    const instance = await start('added');
    await deploy(linearModel('added', [{ id: 'A' }, { id: 'B' }]));

    // when
    const migrated = await migrate(instance.id, { targetVersion: 2 });

    // then it is on v2, still at A, and says so in its history and the audit
    expect(migrated.status).toBe(200);
    expect(migrated.body).toMatchObject({
      definitionVersion: 2,
      status: 'running',
      currentActivities: [{ id: 'A', name: 'Task A', type: 'bpmn:UserTask' }],
      tasks: [expect.objectContaining({ elementId: 'A', status: 'open' })],
    });
    expect(migrated.body.history).toContainEqual(
      expect.objectContaining({
        type: 'instance.migrated',
        actor: admin.id,
        data: { fromVersion: 1, toVersion: 2, mapping: {} },
      }),
    );
    const audit = await world.dataSource.query(
      `SELECT action, version, actor, details FROM workflow.definition_audit WHERE definition_key = 'added' AND action = 'migrated'`,
    );
    expect(audit).toEqual([
      {
        action: 'migrated',
        version: 2,
        actor: admin.id,
        details: {
          instanceId: instance.id,
          fromVersion: 1,
          toVersion: 2,
          mapping: {},
          // the name from the caller's token, so people read who migrated
          actorName: 'Test Person',
        },
      },
    ]);

    // and completing A leads to v2's B
    const afterA = await completeOpenTask(migrated.body);
    expect(afterA).toMatchObject({
      status: 'running',
      definitionVersion: 2,
      currentActivities: [expect.objectContaining({ id: 'B' })],
      tasks: [
        expect.objectContaining({ elementId: 'A', status: 'completed' }),
        expect.objectContaining({ elementId: 'B', status: 'open' }),
      ],
    });
    const counts = await api.call(
      'GET',
      '/definitions/added/versions/2/activity-counts',
    );
    expect(counts.body.activities).toEqual([
      { activityId: 'B', waiting: 1, incidents: 0 },
    ]);
    expect((await completeOpenTask(afterA)).status).toBe('completed');
  });

  it('refuses a version that renamed the waiting task unless the mapping names it', async () => {
    // given v1 at A, and v2 (from another export) where A is now A2
    await deploy(linearModel('renamed', [{ id: 'A' }]));
    const instance = await start('renamed');
    await deploy(
      linearModel('renamed', [{ id: 'A2' }], { definitionsId: 'Defs_new' }),
    );

    // when migrated without a mapping
    const refused = await migrate(instance.id, { targetVersion: 2 });

    // then 409 names the activity, and nothing changed
    expect(refused).toMatchObject({
      status: 409,
      body: {
        code: 'COMMON.CONFLICT',
        message: expect.stringContaining('"Task A" (A)'),
        unmatchedActivities: [
          {
            activityId: 'A',
            name: 'Task A',
            type: 'bpmn:UserTask',
            targetActivityId: 'A',
          },
        ],
      },
    });
    const unchanged = await api.call(
      'GET',
      `/process-instances/${instance.id}`,
    );
    expect(unchanged.body).toMatchObject({
      definitionVersion: 1,
      currentActivities: [expect.objectContaining({ id: 'A' })],
    });

    // when migrated with A → A2
    const accepted = await migrate(instance.id, {
      targetVersion: 2,
      mapping: { A: 'A2' },
    });

    // then the instance and its open task are at A2, and completing it ends the instance on v2
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      definitionVersion: 2,
      currentActivities: [expect.objectContaining({ id: 'A2' })],
      tasks: [expect.objectContaining({ elementId: 'A2', status: 'open' })],
    });
    expect(accepted.body.history).toContainEqual(
      expect.objectContaining({
        type: 'instance.migrated',
        data: { fromVersion: 1, toVersion: 2, mapping: { A: 'A2' } },
      }),
    );
    const done = await completeOpenTask(accepted.body);
    expect(done).toMatchObject({ status: 'completed', definitionVersion: 2 });
  });

  it('refuses another definition key, unknown versions, ended instances and the version it runs', async () => {
    // given
    await deploy(linearModel('refusals', [{ id: 'A' }]));
    const running = await start('refusals');
    const cancelled = await start('refusals');
    await api.call('POST', `/process-instances/${cancelled.id}/cancel`, {
      body: { reason: 'test' },
    });
    await deploy(linearModel('refusals', [{ id: 'A' }, { id: 'B' }]));

    // then
    expect(
      await migrate(running.id, { targetVersion: 2, definitionKey: 'added' }),
    ).toMatchObject({
      status: 400,
      body: { code: 'COMMON.VALIDATION_FAILED' },
    });
    expect(await migrate(running.id, { targetVersion: 7 })).toMatchObject({
      status: 404,
      body: { code: 'WORKFLOW.UNKNOWN_DEFINITION' },
    });
    expect(await migrate(cancelled.id, { targetVersion: 2 })).toMatchObject({
      status: 409,
      body: { code: 'WORKFLOW.INSTANCE_NOT_RUNNING' },
    });
    expect(await migrate(running.id, { targetVersion: 1 })).toMatchObject({
      status: 409,
      body: { code: 'COMMON.CONFLICT' },
    });
    expect((await migrate(running.id, { targetVersion: 'two' })).status).toBe(
      400,
    );
    expect(
      (
        await migrate('00000000-0000-4000-8000-000000000000', {
          targetVersion: 2,
        })
      ).status,
    ).toBe(404);

    // and it is for admins: others get 403, strangers 401
    expect(
      (await migrate(running.id, { targetVersion: 2 }, vestland)).status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', `/process-instances/${running.id}/migrate`, {
          body: { targetVersion: 2 },
          principal: null,
        })
      ).status,
    ).toBe(401);
    expect((await migrate(running.id, { targetVersion: 2 })).status).toBe(200);
  });
});
