import {
  ExternalTaskConsumer,
  eventually,
} from '../support/external-task-consumer';
import {
  halvarsrapportStart,
  resubmittedCommand,
} from '../support/halvarsrapport.factory';
import { MessageSubscriptionEntity } from '../../src/modules/messages/persistence/message-subscription.orm-entity';
import {
  bergen,
  createWorkflowWorld,
  oslo,
  stavanger,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

/** The halvårsrapport model from bpmn/ through the HTTP API, with real PostgreSQL and Redis. */
describe('halvårsrapport through the workflow API', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  const consumers: ExternalTaskConsumer[] = [];
  const answerCompleted = (topic: string) =>
    consumers[
      consumers.push(
        new ExternalTaskConsumer(topic, world.prefix, (p) =>
          world.answer({ jobId: p.jobId, outcome: 'completed', variables: {} }),
        ),
      ) - 1
    ];

  beforeAll(async () => {
    world = await createWorkflowWorld('flow', { answerNotifications: false });
    api = await world.start();
  });
  afterAll(async () => {
    await Promise.all(consumers.map((consumer) => consumer.close()));
    await world.close();
  });

  const openTasks = async (instanceId: string) =>
    (
      await api.call('GET', `/process-instances/${instanceId}`)
    ).body.tasks.filter((t: { status: string }) => t.status === 'open');

  it('runs Nei → returned → corrected and resubmitted → Ja → forwarded, with the inbox and history showing each step', async () => {
    // given a submitted report, and identity answering the e-mail jobs
    const received = answerCompleted('identity.notify-report-received');
    const notified = answerCompleted('identity.notify-report-returned');
    const start = halvarsrapportStart({ unitDueAt: '2026-09-15T22:00:00Z' });
    const started = await api.call('POST', '/process-instances', {
      body: start,
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      status: 'running',
      definitionVersion: 1,
    });
    // the control task does not wait for the e-mail to the office
    expect(started.body.currentActivities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'Task_kontroll',
          name: 'Kontroll statsforvalter',
        }),
      ]),
    );
    const instanceId = started.body.id;
    await received.waitForDeliveries(1);
    expect(received.deliveries[0]).toMatchObject({
      activityId: 'Task_varsleStatsforvalter',
      variables: {
        reportId: start.variables.reportId,
        reportingUnitId: '4601',
        responsibleOfficeId: 'sf-vestland',
      },
    });

    // then the control task is in Vestland's inbox with the inbox columns, and not in Oslo's
    const inbox = await api.call('GET', '/tasks?state=open', {
      principal: vestland,
    });
    expect(inbox.body.total).toBe(1);
    expect(inbox.body.items[0]).toMatchObject({
      name: 'Kontroll statsforvalter',
      reference: start.variables.reference,
      reportingUnit: { id: '4601', name: 'Bergen' },
      responsibleOffice: {
        id: 'sf-vestland',
        name: 'Statsforvalteren i Vestland',
      },
      candidateGroups: ['statsforvalter:sf-vestland'],
      dueAt: '2026-08-25T22:00:00.000Z',
    });
    expect(
      (await api.call('GET', '/tasks?state=open', { principal: oslo })).body
        .total,
    ).toBe(0);
    const taskId = inbox.body.items[0].id;
    expect(
      (await api.call('GET', `/tasks/${taskId}`, { principal: oslo })).status,
    ).toBe(403);

    // when the controller saves a draft and then answers Nei
    const draft = await api.call('PUT', `/tasks/${taskId}/draft`, {
      principal: vestland,
      body: { data: { message: 'Tallene i A3' } },
    });
    expect(draft.status).toBe(200);
    const task = await api.call('GET', `/tasks/${taskId}`, {
      principal: vestland,
    });
    expect(task.body).toMatchObject({
      formKey: 'halvarsrapport:kontroll',
      draft: { message: 'Tallene i A3' },
      variables: { reportingUnitId: '4601' },
    });
    const returned = answerCompleted('reporting.return-report');
    const nei = await api.call('POST', `/tasks/${taskId}/complete`, {
      principal: vestland,
      body: {
        idempotencyKey: 'click-nei-0001',
        variables: {
          approved: false,
          returnMessage: 'A3.1 er større enn A3',
        },
      },
    });
    expect(nei.status).toBe(200);

    // then the report is returned, the submitter notified, and the kommune gets a correction task
    await returned.waitForDeliveries(1);
    await notified.waitForDeliveries(1);
    const waiting = await eventually(async () => {
      const body = (await api.call('GET', `/process-instances/${instanceId}`))
        .body;
      return body.currentActivities.length === 2 ? body : null;
    });
    expect(
      waiting.currentActivities.map((activity: { id: string }) => activity.id),
    ).toEqual(
      expect.arrayContaining(['Task_korriger', 'Event_sendtInnPaNytt']),
    );
    expect(returned.deliveries[0]).toMatchObject({
      processInstanceId: instanceId,
      businessKey: start.businessKey,
      activityId: 'Task_returner',
      // the topic's declared variables, as the step left them, and nothing else
      variables: {
        reportId: start.variables.reportId,
        returnMessage: 'A3.1 er større enn A3',
      },
      attempt: 1,
    });
    expect(notified.deliveries[0]).toMatchObject({
      activityId: 'Task_varsleInnsender',
    });
    expect(
      (await api.call('GET', '/tasks?state=solved', { principal: vestland }))
        .body.items[0],
    ).toMatchObject({
      id: taskId,
      status: 'completed',
      completedBy: vestland.id,
    });
    const unitInbox = await api.call('GET', '/tasks?state=open', {
      principal: bergen,
    });
    expect(unitInbox.body.total).toBe(1);
    expect(unitInbox.body.items[0]).toMatchObject({
      name: 'Korriger halvårsrapport',
      status: 'open',
      reference: start.variables.reference,
      reportingUnit: { id: '4601', name: 'Bergen' },
      responsibleOffice: { id: 'sf-vestland' },
      candidateGroups: ['kommune:4601'],
      dueAt: '2026-09-15T22:00:00.000Z',
    });
    const unitTaskId = unitInbox.body.items[0].id;
    expect(
      (await api.call('GET', `/tasks/${unitTaskId}`, { principal: bergen }))
        .body,
    ).toMatchObject({ formKey: 'halvarsrapport:korriger' });
    expect(
      (await api.call('GET', '/tasks?state=open', { principal: stavanger }))
        .body.total,
    ).toBe(0);
    expect(
      (await api.call('GET', `/tasks/${unitTaskId}`, { principal: stavanger }))
        .status,
    ).toBe(403);
    expect(
      (await api.call('GET', '/tasks?state=open', { principal: vestland })).body
        .total,
    ).toBe(0);

    // when the kommune resubmits: reporting correlates the message through the command queue
    const wrongKey = await api.call('POST', '/messages', {
      body: {
        name: 'halvarsrapport-sendt-inn-pa-nytt',
        businessKey: 'halvarsrapport:unknown',
      },
    });
    expect(wrongKey.status).toBe(409);
    await world.command(resubmittedCommand(start.businessKey, bergen.id));

    // then the correction task is done by the reporter (solved, not cancelled), nothing waits for the message any more
    const solved = await eventually(async () => {
      const page = (
        await api.call('GET', '/tasks?state=solved', { principal: bergen })
      ).body;
      return page.total === 1 ? page : null;
    });
    expect(solved.items[0]).toMatchObject({
      id: unitTaskId,
      status: 'completed',
      completedBy: bergen.id,
    });
    expect(
      (await api.call('GET', '/tasks?state=open', { principal: bergen })).body
        .total,
    ).toBe(0);
    await expect(
      world.dataSource
        .getRepository(MessageSubscriptionEntity)
        .countBy({ instanceId }),
    ).resolves.toBe(0);

    // then the Statsforvalter is notified and gets a new control task; Ja forwards the report
    await received.waitForDeliveries(2);
    const [secondTask] = await eventually(async () => {
      const tasks = await openTasks(instanceId);
      return tasks.length ? tasks : null;
    });
    expect(secondTask.id).not.toBe(taskId);
    const forwarded = answerCompleted('reporting.forward-report');
    const ja = await api.call('POST', `/tasks/${secondTask.id}/complete`, {
      principal: vestland,
      body: { idempotencyKey: 'click-ja-00001', variables: { approved: true } },
    });
    expect(ja.status).toBe(200);
    await forwarded.waitForDeliveries(1);
    const done = await eventually(async () => {
      const instance = await api.call(
        'GET',
        `/process-instances/${instanceId}`,
      );
      return instance.body.status === 'completed' ? instance.body : null;
    });

    // and the history tells the whole story in order
    const types = done.history.map(
      (event: { type: string; elementId: string | null }) =>
        `${event.type}:${event.elementId ?? ''}`,
    );
    expect(types[0]).toBe('instance.started:');
    expect(types).toEqual(
      expect.arrayContaining([
        'task.completed:Task_kontroll',
        'activity.entered:Task_korriger',
        'message.correlated:Event_sendtInnPaNytt',
        'job.completed:Task_videresend',
        'activity.left:End_videresendt',
        'instance.completed:',
      ]),
    );
    expect(
      types.filter((type: string) => type === 'activity.entered:Task_kontroll'),
    ).toHaveLength(2);
    expect(
      done.history.find(
        (event: { type: string }) => event.type === 'task.completed',
      ).actor,
    ).toBe(vestland.id);
    expect(done.variables).toMatchObject({
      approved: true,
      reportingUnitId: '4601',
    });
    expect(done.endedAt).not.toBeNull();
  });

  it('refuses a control decision the form could not have made, and leaves the task open', async () => {
    // given a control task
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    const [task] = started.body.tasks;
    const complete = (variables: Record<string, unknown>, key: string) =>
      api.call('POST', `/tasks/${task.id}/complete`, {
        principal: vestland,
        body: { idempotencyKey: key, variables },
      });

    // when Nei comes with a 4001-character message, with none, or no decision at all
    const tooLong = await complete(
      { approved: false, returnMessage: 'x'.repeat(4001) },
      'too-long-0001',
    );
    const noMessage = await complete({ approved: false }, 'no-message-01');
    const noDecision = await complete(
      { returnMessage: 'Hei' },
      'no-decision-1',
    );

    // then each is a 400 that says what is wrong, and the task is still open
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toContain('at most 4000 characters');
    expect(noMessage.status).toBe(400);
    expect(noMessage.body.message).toContain('returnMessage is required');
    expect(noDecision.status).toBe(400);
    expect(noDecision.body.message).toContain(
      'approved must be true (Ja) or false (Nei)',
    );
    expect(await openTasks(started.body.id)).toEqual([
      expect.objectContaining({ id: task.id, status: 'open' }),
    ]);
  });
});
