import {
  ExternalTaskConsumer,
  eventually,
} from '../support/external-task-consumer';
import { halvarsrapportStart } from '../support/halvarsrapport.factory';
import {
  createWorkflowWorld,
  vestland,
  WorkflowWorld,
} from '../support/workflow-test-app';

/** Two service processes on one database: an engine one of them keeps in memory must never go stale. */
describe('two workflow processes', () => {
  let world: WorkflowWorld;
  let consumer: ExternalTaskConsumer;

  beforeAll(async () => {
    world = await createWorkflowWorld('two-processes');
    consumer = new ExternalTaskConsumer(
      'reporting.return-report',
      world.prefix,
      async () => undefined,
    );
  });
  afterAll(async () => {
    await consumer.close();
    await world.close();
  });

  it('recovers from the database when the other process stepped the instance meanwhile', async () => {
    // given an instance started (and its engine kept) by process A, then stepped by process B
    const a = await world.start();
    const b = await world.start();
    const started = await a.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    const nei = await b.call(
      'POST',
      `/tasks/${started.body.tasks[0].id}/complete`,
      {
        principal: vestland,
        body: {
          idempotencyKey: 'b-says-nei-01',
          variables: { approved: false, returnMessage: 'A1 mangler' },
        },
      },
    );
    expect(nei.status).toBe(200);
    const [job] = await consumer.waitForDeliveries(1);

    // when the job's result reaches process A, whose kept engine still waits at the control task
    await b.close();
    await world.answer({
      jobId: job.jobId,
      outcome: 'completed',
      variables: {},
    });

    // then A steps the instance from its stored state, not from its stale engine
    const instance = await eventually(async () => {
      const body = (
        await a.call('GET', `/process-instances/${started.body.id}`)
      ).body;
      return body.currentActivities.some(
        (activity: { id: string }) => activity.id === 'Task_korriger',
      )
        ? body
        : null;
    });
    expect(
      instance.history.filter(
        (event: { type: string; elementId: string }) =>
          event.type === 'job.completed' && event.elementId === 'Task_returner',
      ),
    ).toHaveLength(1);
  });
});
