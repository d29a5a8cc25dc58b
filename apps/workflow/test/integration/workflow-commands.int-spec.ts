import type { Job } from 'bullmq';
import { ProcessInstanceEntity } from '../../src/modules/instances/persistence/process-instance.orm-entity';
import { ProcessedCommandEntity } from '../../src/modules/commands/persistence/processed-command.orm-entity';
import {
  ExternalTaskConsumer,
  eventually,
} from '../support/external-task-consumer';
import {
  halvarsrapportStartCommand,
  resubmittedCommand,
} from '../support/halvarsrapport.factory';
import {
  bergen,
  createWorkflowWorld,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

/**
 * `workflow.command` as reporting uses it: real BullMQ, PostgreSQL and the halvårsrapport model.
 * Real: the app, its worker, the queues and database. Stood in for: the topic handlers (they answer
 * `completed` at once) and reporting (the test enqueues its commands).
 */
describe('workflow commands', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  let returned: ExternalTaskConsumer;

  beforeAll(async () => {
    world = await createWorkflowWorld('commands');
    api = await world.start();
    const answer = (topic: string) =>
      new ExternalTaskConsumer(topic, world.prefix, (payload) =>
        world.answer({
          jobId: payload.jobId,
          outcome: 'completed',
          variables: {},
        }),
      );
    returned = answer('reporting.return-report');
  });
  afterAll(async () => {
    await returned.close();
    await world.close();
  });

  /** The job once BullMQ is done with it (completed, or failed for good). */
  const settled = (jobId: string) =>
    eventually(async () => {
      const state = await world.commands.getJobState(jobId);
      if (state !== 'completed' && state !== 'failed') return null;
      // Read after the state: a job read before it settled has no return value yet.
      return { job: (await world.commands.getJob(jobId)) as Job, state };
    }, 20_000);
  const instancesWith = (businessKey: string) =>
    world.dataSource.getRepository(ProcessInstanceEntity).findBy({
      businessKey,
    });
  const instance = async (id: string) =>
    (await api.call('GET', `/process-instances/${id}`)).body;
  const waitAt = (id: string, activityId: string) =>
    eventually(async () => {
      const body = await instance(id);
      return body.currentActivities.some(
        (activity: { id: string }) => activity.id === activityId,
      )
        ? body
        : null;
    });

  /** Starts a report through the queue and has the Statsforvalter say Nei. */
  async function startAndReturn(options: { waitForCorrection: boolean }) {
    const start = halvarsrapportStartCommand();
    const { job } = await settled((await world.command(start)).id as string);
    const id = job.returnvalue.processInstanceId;
    const [control] = (await instance(id)).tasks;
    const nei = await api.call('POST', `/tasks/${control.id}/complete`, {
      principal: vestland,
      body: {
        idempotencyKey: `nei-${id}`,
        variables: { approved: false, returnMessage: 'A1 mangler' },
      },
    });
    expect(nei.status).toBe(200);
    if (options.waitForCorrection) await waitAt(id, 'Task_korriger');
    return { id, start };
  }

  it('starts one instance for a start command delivered three times', async () => {
    // given a start command
    const start = halvarsrapportStartCommand({ reportingUnitName: 'Bergen' });

    // when it is enqueued twice with its own job id (BullMQ keeps one) and once more as a redelivery
    const first = await world.command(start);
    const sameJob = await world.command(start);
    const again = await world.command(start, {
      jobId: `${start.commandId}-redelivered`,
    });

    // then both jobs complete, one of them as a duplicate of the other
    const outcomes = [
      (await settled(first.id as string)).job.returnvalue,
      (await settled(again.id as string)).job.returnvalue,
    ];
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual([
      'duplicate',
      'started',
    ]);
    expect(sameJob.id).toBe(first.id);
    const instances = await instancesWith(start.businessKey);
    expect(instances).toHaveLength(1);
    expect(outcomes[0].processInstanceId).toBe(instances[0].id);
    expect(outcomes[1].processInstanceId).toBe(instances[0].id);
    await expect(
      world.dataSource
        .getRepository(ProcessedCommandEntity)
        .findOneBy({ commandId: start.commandId }),
    ).resolves.toMatchObject({ command: 'start', instanceId: instances[0].id });

    // and the instance carries the command's business key, variables and requester
    const started = await instance(instances[0].id);
    expect(started).toMatchObject({
      businessKey: start.businessKey,
      startedBy: start.requestedBy,
      variables: start.variables,
      currentActivities: expect.arrayContaining([
        expect.objectContaining({ id: 'Task_kontroll' }),
      ]),
    });
    expect(started.tasks).toHaveLength(1);
  });

  it('fails a start of an unknown process at once, and starts nothing', async () => {
    // given a command for a process that is not deployed
    const start = {
      ...halvarsrapportStartCommand(),
      definitionKey: 'no-such-process',
    };

    // when it is enqueued
    const { job, state } = await settled(
      (await world.command(start)).id as string,
    );

    // then the job failed on its first attempt with a reason an operator can act on
    expect(state).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toContain(
      'No process definition with key "no-such-process" is deployed',
    );
    await expect(instancesWith(start.businessKey)).resolves.toEqual([]);
  });

  it('resumes the waiting instance once for a resubmission delivered twice', async () => {
    // given an instance returned to the kommune, waiting at the correction task
    const { id, start } = await startAndReturn({ waitForCorrection: true });

    // when the resubmission arrives twice under different job ids
    const command = resubmittedCommand(start.businessKey, bergen.id);
    const jobs = [
      await world.command(command),
      await world.command(command, { jobId: `${command.commandId}-again` }),
    ];

    // then one of them stepped the instance, the other was skipped
    const outcomes = await Promise.all(
      jobs.map(async (job) => (await settled(job.id as string)).job),
    );
    expect(outcomes.map((job) => job.returnvalue.outcome).sort()).toEqual([
      'correlated',
      'duplicate',
    ]);
    const resumed = await waitAt(id, 'Task_kontroll');
    expect(
      resumed.history.filter(
        (event: { type: string }) => event.type === 'message.correlated',
      ),
    ).toEqual([expect.objectContaining({ actor: bergen.id })]);
    expect(resumed.variables).toMatchObject(command.variables);
    // one new control task, not two
    expect(
      resumed.history.filter(
        (event: { type: string; elementId: string }) =>
          event.type === 'activity.entered' &&
          event.elementId === 'Task_kontroll',
      ),
    ).toHaveLength(2);
  });

  it('retries a resubmission that overtakes the return until the instance waits for it', async () => {
    // given an instance at the control task, not yet returned
    const start = halvarsrapportStartCommand();
    const { job: started } = await settled(
      (await world.command(start)).id as string,
    );
    const id = started.returnvalue.processInstanceId;

    // when the resubmission arrives first, and the Statsforvalter says Nei only then
    const resubmission = await world.command(
      resubmittedCommand(start.businessKey, bergen.id),
    );
    await eventually(async () => (await resubmission.isDelayed()) || null);
    const [control] = (await instance(id)).tasks;
    await api.call('POST', `/tasks/${control.id}/complete`, {
      principal: vestland,
      body: {
        idempotencyKey: `nei-${id}`,
        variables: { approved: false, returnMessage: 'A1 mangler' },
      },
    });

    // then a later attempt delivers it, and the instance goes back to control
    const { job, state } = await settled(resubmission.id as string);
    expect(state).toBe('completed');
    expect(job.attemptsMade).toBeGreaterThan(0);
    expect(job.returnvalue).toEqual({
      outcome: 'correlated',
      processInstanceId: id,
    });
    await waitAt(id, 'Task_kontroll');
  });

  it('gives up a resubmission no instance waits for after its last attempt', async () => {
    // given a resubmission for a report no instance has
    const command = resubmittedCommand('halvarsrapport:unknown', bergen.id);

    // when it is tried three times
    const { job, state } = await settled(
      (await world.command(command, { retry: { attempts: 3, delayMs: 20 } }))
        .id as string,
    );

    // then it fails for good, saying why
    expect(state).toBe('failed');
    expect(job.attemptsMade).toBe(3);
    expect(job.failedReason).toMatch(
      /given up after 3 attempts: No instance with business key "halvarsrapport:unknown" is waiting for the message "halvarsrapport-sendt-inn-pa-nytt"/,
    );
  });
});
