import { eventually } from '../support/external-task-consumer';
import { halvarsrapportStart } from '../support/halvarsrapport.factory';
import {
  createWorkflowWorld,
  oslo,
  vestland,
  vestland2,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

describe('completing, claiming and guarding a task', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;

  beforeAll(async () => {
    world = await createWorkflowWorld('concurrency');
    api = await world.start();
  });
  afterAll(() => world.close());

  async function openControlTask() {
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    expect(started.status).toBe(201);
    // the office's e-mail, beside the task, is answered first: only the task moves the instance after
    await eventually(async () => {
      const instance = await api.call(
        'GET',
        `/process-instances/${started.body.id}`,
      );
      return instance.body.currentActivities.length === 1;
    });
    return {
      instanceId: started.body.id as string,
      taskId: started.body.tasks[0].id as string,
    };
  }

  it('lets exactly one of 20 simultaneous completions through; the rest get 409 and the instance moves once', async () => {
    // given an open control task
    const { instanceId, taskId } = await openControlTask();
    const before = await world.dataSource.query(
      'SELECT step_count FROM workflow.process_instance WHERE id = $1',
      [instanceId],
    );

    // when 20 controllers press "Bekreft" at once, each with their own click
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.call('POST', `/tasks/${taskId}/complete`, {
          principal: i % 2 ? vestland : vestland2,
          body: {
            idempotencyKey: `click-${String(i).padStart(4, '0')}`,
            variables: { approved: true },
          },
        }),
      ),
    );

    // then one succeeded, 19 were told it is already done
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(1);
    const conflicts = replies.filter((reply) => reply.status === 409);
    expect(conflicts).toHaveLength(19);
    expect(conflicts[0].body).toMatchObject({
      code: 'WORKFLOW.TASK_NOT_OPEN',
      message: expect.stringContaining('already been completed'),
    });
    const after = await world.dataSource.query(
      'SELECT step_count FROM workflow.process_instance WHERE id = $1',
      [instanceId],
    );
    expect(after[0].step_count).toBe(before[0].step_count + 1);
    const jobs = await world.dataSource.query(
      "SELECT count(*)::int AS n FROM workflow.external_job WHERE instance_id = $1 AND element_id = 'Task_videresend'",
      [instanceId],
    );
    expect(jobs[0].n).toBe(1);
  });

  it('answers a repeated click with the same idempotency key with the first result, not a second transition', async () => {
    const { taskId } = await openControlTask();
    const body = {
      idempotencyKey: 'same-click-0001',
      variables: { approved: true },
    };
    const first = await api.call('POST', `/tasks/${taskId}/complete`, {
      principal: vestland,
      body,
    });
    const second = await api.call('POST', `/tasks/${taskId}/complete`, {
      principal: vestland,
      body,
    });
    expect(first.body).toMatchObject({ replayed: false });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      replayed: true,
      completedAt: first.body.completedAt,
    });
  });

  it('refuses a completion from outside the candidate groups with 403 and leaves the task open', async () => {
    const { taskId } = await openControlTask();
    const reply = await api.call('POST', `/tasks/${taskId}/complete`, {
      principal: oslo,
      body: { idempotencyKey: 'oslo-click-01', variables: {} },
    });
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('COMMON.FORBIDDEN');
    expect(
      (await api.call('GET', `/tasks/${taskId}`, { principal: vestland })).body
        .status,
    ).toBe('open');
  });

  it('lets no other office draft, claim, release or assign the task', async () => {
    const { taskId } = await openControlTask();
    const calls = [
      api.call('PUT', `/tasks/${taskId}/draft`, {
        principal: oslo,
        body: { data: { note: 'x' } },
      }),
      api.call('POST', `/tasks/${taskId}/claim`, { principal: oslo }),
      api.call('POST', `/tasks/${taskId}/unclaim`, { principal: oslo }),
      api.call('PUT', `/tasks/${taskId}/assignee`, {
        principal: oslo,
        body: { assignee: oslo.id },
      }),
    ];
    for (const reply of await Promise.all(calls))
      expect(reply.status).toBe(403);
    const task = (
      await api.call('GET', `/tasks/${taskId}`, { principal: vestland })
    ).body;
    expect(task).toMatchObject({ draft: null, assignee: null });
  });

  it('keeps a claimed task for its assignee until released', async () => {
    const { taskId } = await openControlTask();
    expect(
      (
        await api.call('POST', `/tasks/${taskId}/claim`, {
          principal: vestland,
        })
      ).body,
    ).toMatchObject({ assignee: vestland.id });
    expect(
      (
        await api.call('POST', `/tasks/${taskId}/claim`, {
          principal: vestland2,
        })
      ).status,
    ).toBe(409);
    const blocked = await api.call('POST', `/tasks/${taskId}/complete`, {
      principal: vestland2,
      body: { idempotencyKey: 'v2-click-0001', variables: { approved: true } },
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('WORKFLOW.TASK_CLAIMED');
    expect(
      (
        await api.call('POST', `/tasks/${taskId}/unclaim`, {
          principal: vestland,
        })
      ).body,
    ).toMatchObject({ assignee: null });
    expect(
      (
        await api.call('PUT', `/tasks/${taskId}/assignee`, {
          principal: vestland,
          body: { assignee: vestland2.id },
        })
      ).body,
    ).toMatchObject({ assignee: vestland2.id });
    const done = await api.call('POST', `/tasks/${taskId}/complete`, {
      principal: vestland2,
      body: { idempotencyKey: 'v2-click-0002', variables: { approved: true } },
    });
    expect(done.status).toBe(200);
  });

  it('rejects malformed requests with 400 naming the field, and strangers with 401', async () => {
    const { taskId } = await openControlTask();
    const noKey = await api.call('POST', `/tasks/${taskId}/complete`, {
      principal: vestland,
      body: { variables: {} },
    });
    expect(noKey.status).toBe(400);
    expect(noKey.body.message).toContain('idempotencyKey');
    expect(
      (await api.call('GET', '/tasks/not-a-uuid', { principal: vestland }))
        .status,
    ).toBe(400);
    expect((await api.call('GET', '/tasks', { principal: null })).status).toBe(
      401,
    );
    expect(
      (await api.call('GET', '/tasks?sort=colour', { principal: vestland }))
        .status,
    ).toBe(400);
  });
});
