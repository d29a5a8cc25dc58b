import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileDefinition, CompiledDefinition } from './compiled-definition';
import { EngineRun } from './engine-run';
import { FixedClock } from '@bvr/service-kit';

const xml = (file: string) => readFileSync(resolve(__dirname, file), 'utf8');
const clock = new FixedClock(new Date('2026-11-25T09:00:00Z'));
const variables = {
  responsibleOfficeId: 'sf-vestland',
  reportingUnitId: '4601',
  controlDueAt: '2026-12-01T12:00:00Z',
};

/** One step at a time, as the service runs them: a new engine per step, recovered from the last state. */
async function step(
  definition: CompiledDefinition,
  state: Record<string, unknown>,
  command: (run: EngineRun) => Promise<unknown>,
) {
  const run = new EngineRun(definition, clock);
  await run.recover(state);
  const resumedEffects = structuredClone(run.effects);
  await command(run);
  return { run, resumedEffects, snapshot: await run.snapshot() };
}

describe('EngineRun', () => {
  let halvarsrapport: CompiledDefinition;
  let varsling: CompiledDefinition;

  beforeAll(async () => {
    halvarsrapport = await compileDefinition({
      id: 'h1',
      key: 'halvarsrapport',
      version: 1,
      xml: xml('../../../../bpmn/halvarsrapport.bpmn'),
    });
    varsling = await compileDefinition({
      id: 'v1',
      key: 'varsling',
      version: 1,
      xml: xml('../../test/fixtures/varsling.bpmn'),
    });
  });

  /**
   * A submitted report: the control task waits, the office's e-mail is asked for beside it, and
   * (unless `notified` is false) the e-mail job has been answered.
   */
  async function atControl({ notified = true, unitId = '4601' } = {}) {
    const start = new EngineRun(halvarsrapport, clock);
    await start.start({ ...variables, reportingUnitId: unitId });
    const [notifyJob] = start.effects.externalJobs;
    expect(notifyJob).toMatchObject({
      elementId: 'Task_varsleStatsforvalter',
      topic: 'identity.notify-report-received',
    });
    const [task] = start.effects.userTasks;
    const snapshot = await start.snapshot();
    if (!notified) return { task, start, snapshot };
    const answered = await step(halvarsrapport, snapshot.state, (run) =>
      run.completeExternalTask(notifyJob.executionId, {}),
    );
    return { task, start, snapshot: answered.snapshot };
  }

  it('reports a user task once: resuming the waiting engine does not create it again', async () => {
    // given an instance waiting at the control task
    const control = await atControl({ notified: false });
    expect(control.start.effects.userTasks).toEqual([
      expect.objectContaining({
        elementId: 'Task_kontroll',
        formKey: 'halvarsrapport:kontroll',
        candidateGroups: ['statsforvalter:sf-vestland'],
        dueAt: new Date('2026-12-01T12:00:00Z'),
      }),
    ]);

    // when it is recovered in a new engine (which re-emits the wait)
    const { run } = await step(
      halvarsrapport,
      control.snapshot.state,
      async () => undefined,
    );

    // then nothing new happened
    expect(run.effects.userTasks).toEqual([]);
    expect(run.effects.history).toEqual([]);
  });

  it('asks for an external job once, even when recovered while the job is out', async () => {
    const control = await atControl();
    const taskExecution = control.task.executionId;
    const approved = await step(halvarsrapport, control.snapshot.state, (run) =>
      run.completeUserTask(taskExecution, { approved: true }),
    );
    expect(approved.run.effects.externalJobs).toEqual([
      expect.objectContaining({
        elementId: 'Task_videresend',
        topic: 'reporting.forward-report',
      }),
    ]);
    const jobExecution = approved.run.effects.externalJobs[0].executionId;

    const answered = await step(
      halvarsrapport,
      approved.snapshot.state,
      (run) => run.completeExternalTask(jobExecution, { forwarded: true }),
    );
    expect(answered.resumedEffects.externalJobs).toEqual([]);
    expect(answered.snapshot).toMatchObject({
      completed: true,
      currentActivities: [],
      variables: expect.objectContaining({ approved: true, forwarded: true }),
    });
  });

  /** Nei on the control task, then the return and notify jobs answered: the kommune's correction waits. */
  async function returnedForCorrection(unitId = '4601') {
    const control = await atControl({ unitId });
    let state = control.snapshot.state;
    const nei = await step(halvarsrapport, state, (run) =>
      run.completeUserTask(control.task.executionId, {
        approved: false,
      }),
    );
    state = nei.snapshot.state;
    const [returnJob] = nei.run.effects.externalJobs;
    const returned = await step(halvarsrapport, state, (run) =>
      run.completeExternalTask(returnJob.executionId, {}),
    );
    const notifyJob = returned.run.effects.externalJobs.find(
      (job) => job.topic === 'identity.notify-report-returned',
    );
    if (!notifyJob) throw new Error('no e-mail job for the submitter');
    expect(returned.run.effects.userTasks).toEqual([
      expect.objectContaining({ elementId: 'Task_korriger' }),
    ]);
    const notified = await step(
      halvarsrapport,
      returned.snapshot.state,
      (run) => run.completeExternalTask(notifyJob.executionId, {}),
    );
    return { ...notified, correction: returned.run };
  }

  it('gives the kommune a correction task, without a due date when unitDueAt is not set', async () => {
    const { correction: run } = await returnedForCorrection();
    expect(run.effects.userTasks).toEqual([
      expect.objectContaining({
        elementId: 'Task_korriger',
        formKey: 'halvarsrapport:korriger',
        candidateGroups: ['kommune:4601'],
        dueAt: null,
      }),
    ]);
    expect(run.effects.subscriptions).toEqual([
      expect.objectContaining({
        elementId: 'Event_sendtInnPaNytt',
        messageName: 'halvarsrapport-sendt-inn-pa-nytt',
      }),
    ]);
  });

  it("gives a bydel's correction task to its kommune's reporters too", async () => {
    const { correction } = await returnedForCorrection('460101');
    expect(correction.effects.userTasks).toEqual([
      expect.objectContaining({
        elementId: 'Task_korriger',
        candidateGroups: ['kommune:460101', 'kommune:4601'],
      }),
    ]);
  });

  it('counts the correction task as completed by the resubmission message, and leaves the message event', async () => {
    // given the correction task waiting, with its boundary message event
    const { correction: waiting, snapshot } = await returnedForCorrection();
    const [task] = waiting.effects.userTasks;
    const [subscription] = waiting.effects.subscriptions;

    // when the resubmission message arrives
    const { run } = await step(halvarsrapport, snapshot.state, (next) =>
      next.correlateMessage(
        subscription.executionId,
        halvarsrapport.messageIds.get(subscription.messageName) as string,
        {},
      ),
    );

    // then the task was closed by the message, the event is left as an event, and the SF is notified
    expect(run.effects.completedByMessage).toEqual([task.executionId]);
    expect(run.effects.left).toEqual(
      expect.arrayContaining([
        { executionId: task.executionId, type: 'bpmn:UserTask' },
        { executionId: subscription.executionId, type: 'bpmn:BoundaryEvent' },
      ]),
    );
    expect(run.effects.externalJobs).toEqual([
      expect.objectContaining({ elementId: 'Task_varsleStatsforvalter' }),
    ]);
  });

  it('sends a correction task completed directly to the Statsforvalter too', async () => {
    const { correction: waiting, snapshot } = await returnedForCorrection();
    const { run } = await step(halvarsrapport, snapshot.state, (next) =>
      next.completeUserTask(waiting.effects.userTasks[0].executionId, {}),
    );
    expect(run.effects.completedByMessage).toEqual([]);
    expect(run.effects.externalJobs).toEqual([
      expect.objectContaining({ elementId: 'Task_varsleStatsforvalter' }),
    ]);
  });

  it('strips the embedded BPMN from the stored state and keeps engine keys out of the variables', async () => {
    const start = new EngineRun(halvarsrapport, clock);
    await start.start(variables);
    const { state, variables: stored } = await start.snapshot();
    expect(JSON.stringify(state)).not.toContain('bpmn:definitions');
    expect(Object.keys(stored).sort()).toEqual(Object.keys(variables).sort());
  });

  it('fires a captured timer on demand, and cancels the timer when the task is completed first', async () => {
    const start = new EngineRun(varsling, clock);
    await start.start({ reportingUnitId: '4601' });
    const waiting = await start.snapshot();
    const [timer] = start.effects.timers;
    expect(timer).toMatchObject({
      elementId: 'Timer_toVirkedager',
      fireAt: new Date('2026-11-27T09:00:00Z'),
    });

    const fired = await step(varsling, waiting.state, (run) =>
      run.fireTimer(timer.executionId),
    );
    expect(fired.run.effects.firedTimers).toEqual([timer.executionId]);
    expect(fired.run.effects.left.map((left) => left.executionId)).toContain(
      start.effects.userTasks[0].executionId,
    );
    expect(fired.run.effects.externalJobs).toEqual([
      expect.objectContaining({ topic: 'bekymringsmelding.alert-kommune' }),
    ]);

    const done = await step(varsling, waiting.state, (run) =>
      run.completeUserTask(start.effects.userTasks[0].executionId, {}),
    );
    expect(done.run.effects.left.map((left) => left.executionId)).toContain(
      timer.activityExecutionId,
    );
    expect(done.snapshot.completed).toBe(true);
  });

  it('fails the step with a clear message when a candidate group needs a missing variable', async () => {
    const start = new EngineRun(halvarsrapport, clock);
    await expect(start.start({ reportingUnitId: '4601' })).rejects.toThrow(
      /candidate groups of "Kontroll statsforvalter".*missing/,
    );
  });
});
