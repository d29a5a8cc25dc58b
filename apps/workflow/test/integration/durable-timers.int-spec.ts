import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TimerSweeper } from '../../src/modules/timers/scheduling/timer-sweeper.service';
import { eventually } from '../support/external-task-consumer';
import {
  createWorkflowWorld,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

const varsling = readFileSync(
  resolve(__dirname, '../fixtures/varsling.bpmn'),
  'utf8',
);
const kommune = { id: 'bergen-1', grants: ['unit-reporter@unit:4601'] };

/** Timers are rows: they survive a restart and fire once, on the injected clock, never by waiting. */
describe('durable timers', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;

  beforeAll(async () => {
    world = await createWorkflowWorld('timers');
    // A Wednesday morning in Oslo: "2 virkedager" is Friday at the same time.
    world.clock.set(new Date('2026-11-25T09:00:00Z'));
    api = await world.start();
    expect(
      (await api.call('POST', '/definitions', { xml: varsling })).status,
    ).toBe(201);
  });
  afterAll(() => world.close());

  const start = async (businessKey: string) => {
    const reply = await api.call('POST', '/process-instances', {
      body: {
        definitionKey: 'varsling',
        businessKey,
        variables: { reportingUnitId: '4601', reference: businessKey },
      },
    });
    expect(reply.status).toBe(201);
    return reply.body.id as string;
  };
  const timersOf = (instanceId: string) =>
    world.dataSource.query(
      'SELECT status, fire_at FROM workflow.timer WHERE instance_id = $1',
      [instanceId],
    );

  it('schedules "2 virkedager" on Norwegian working days and cancels it when the task is done first', async () => {
    const instanceId = await start('melding-1');
    expect(await timersOf(instanceId)).toEqual([
      { status: 'scheduled', fire_at: new Date('2026-11-27T09:00:00Z') },
    ]);
    const [task] = (await api.call('GET', '/tasks', { principal: kommune }))
      .body.items;
    await api.call('POST', `/tasks/${task.id}/complete`, {
      principal: kommune,
      body: { idempotencyKey: 'download-0001' },
    });
    expect(await timersOf(instanceId)).toEqual([
      expect.objectContaining({ status: 'cancelled' }),
    ]);
    expect(
      (await api.call('GET', `/process-instances/${instanceId}`)).body.status,
    ).toBe('completed');
  });

  it('fires a timer that expired while the service was down once, after the restart, without repeating the wait', async () => {
    // given an instance waiting at its task with a timer, and the service stopped
    const instanceId = await start('melding-2');
    await api.close();

    // when the service comes back after the timer's time
    world.clock.set(new Date('2026-11-27T10:00:00Z'));
    api = await world.start();

    // then the sweep at start-up fires it: the task is cancelled and the kommune is alerted, once
    await eventually(
      async () => (await timersOf(instanceId))[0]?.status === 'fired',
    );
    const instance = (await api.call('GET', `/process-instances/${instanceId}`))
      .body;
    expect(instance.currentActivities).toEqual([
      expect.objectContaining({ id: 'Task_varsle' }),
    ]);
    expect(instance.tasks).toEqual([
      expect.objectContaining({ status: 'cancelled' }),
    ]);
    expect(
      instance.history.filter(
        (event: { type: string }) => event.type === 'timer.fired',
      ),
    ).toHaveLength(1);
    const sweepAgain = await api.app.get(TimerSweeper).sweep();
    expect(sweepAgain).toBe(0);
    const jobs = await world.dataSource.query(
      'SELECT topic FROM workflow.external_job WHERE instance_id = $1',
      [instanceId],
    );
    expect(jobs).toEqual([{ topic: 'bekymringsmelding.alert-kommune' }]);
    const tasks = await world.dataSource.query(
      'SELECT count(*)::int AS n FROM workflow.user_task WHERE instance_id = $1',
      [instanceId],
    );
    expect(tasks[0].n).toBe(1);
  });

  it('does not fire a timer before its time', async () => {
    const instanceId = await start('melding-3');
    expect(await api.app.get(TimerSweeper).sweep()).toBe(0);
    expect(await timersOf(instanceId)).toEqual([
      expect.objectContaining({ status: 'scheduled' }),
    ]);
  });
});
