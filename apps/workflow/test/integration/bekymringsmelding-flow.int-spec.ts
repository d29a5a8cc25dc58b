import { randomUUID } from 'node:crypto';
import { TimerSweeper } from '../../src/modules/timers/scheduling/timer-sweeper.service';
import {
  ExternalTaskConsumer,
  eventually,
} from '../support/external-task-consumer';
import {
  admin,
  createWorkflowWorld,
  TestCaller,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

/** A caseworker of Bergen kommune (4601): Bergenhus (460102) is one of its bydeler. */
const bergenCaseworker: TestCaller = {
  id: 'concern-4601-1',
  grants: ['concern-caseworker@unit:4601'],
};
/** A caseworker of Stavanger (1103): not Bergen's, not Bergenhus'. */
const stavangerCaseworker: TestCaller = {
  id: 'concern-1103-1',
  grants: ['concern-caseworker@unit:1103'],
};

const TOPICS = [
  'bekymringsmelding.alert-kommune',
  'bekymringsmelding.dispatch-letter',
  'bekymringsmelding.deliver-svarinn',
  'bekymringsmelding.confirm-receipt',
] as const;
type Topic = (typeof TOPICS)[number];

interface HistoryEvent {
  type: string;
  elementId: string | null;
}

/**
 * The bekymringsmelding model from bpmn/ through the workflow API, with real PostgreSQL and Redis.
 * Time is the injected clock only: timers fire from a sweep after the clock is set, never by waiting.
 */
describe('bekymringsmelding through the workflow API', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  /** One consumer per topic that records deliveries and holds them: the test answers. */
  const consumers = new Map<Topic, ExternalTaskConsumer>();
  const started: string[] = [];

  beforeAll(async () => {
    world = await createWorkflowWorld('bekymringsmelding');
    world.clock.set(new Date('2026-04-01T08:00:00Z'));
    api = await world.start();
    for (const topic of TOPICS)
      consumers.set(
        topic,
        new ExternalTaskConsumer(topic, world.prefix, async () => undefined),
      );
  });
  afterAll(async () => {
    await Promise.all([...consumers.values()].map((c) => c.close()));
    await world.close();
  });
  // Each test's timers must not fire in the next test's sweeps: end what is still running.
  afterEach(async () => {
    for (const id of started.splice(0)) {
      const instance = await api.call('GET', `/process-instances/${id}`);
      if (instance.body.status === 'running')
        await api.call('POST', `/process-instances/${id}/cancel`, {
          body: { reason: 'test over' },
        });
    }
  });

  const sweep = () => api.app.get(TimerSweeper).sweep();
  const at = (iso: string) => world.clock.set(new Date(iso));

  const start = async (overrides: Record<string, unknown> = {}) => {
    const messageId = randomUUID();
    const reply = await api.call('POST', '/process-instances', {
      body: {
        definitionKey: 'bekymringsmelding',
        businessKey: messageId,
        variables: {
          messageId,
          unitId: '460102',
          viaSvarInn: false,
          letterPostAt: '2026-04-10T08:00:00.000Z',
          recipientName: 'Bergen kommune, bydel Bergenhus',
          ...overrides,
        },
      },
    });
    expect(reply.status).toBe(201);
    started.push(reply.body.id);
    return { instanceId: reply.body.id as string, messageId };
  };
  const instanceOf = async (instanceId: string) =>
    (await api.call('GET', `/process-instances/${instanceId}`)).body;
  const completedInstance = (instanceId: string) =>
    eventually(async () => {
      const instance = await instanceOf(instanceId);
      return instance.status === 'completed' ? instance : null;
    });
  const historyOf = (instance: { history: HistoryEvent[] }) =>
    instance.history.map((event) => `${event.type}:${event.elementId ?? ''}`);
  const timersOf = async (instanceId: string) =>
    Object.fromEntries(
      (
        await world.dataSource.query(
          'SELECT element_id, status, fire_at FROM workflow.timer WHERE instance_id = $1',
          [instanceId],
        )
      ).map((row: { element_id: string; status: string; fire_at: Date }) => [
        row.element_id,
        { status: row.status, fireAt: row.fire_at.toISOString() },
      ]),
    );
  const jobsOf = (instanceId: string) =>
    world.dataSource.query(
      'SELECT id, topic, element_id, status FROM workflow.external_job WHERE instance_id = $1 ORDER BY created_at',
      [instanceId],
    );
  /** The payload committed to the outbox with the step, exactly as it is relayed. */
  const outboxOf = async (instanceId: string) =>
    (
      await world.dataSource.query(
        `SELECT payload FROM workflow.outbox WHERE payload->>'processInstanceId' = $1 ORDER BY id`,
        [instanceId],
      )
    ).map((row: { payload: Record<string, unknown> }) => row.payload);
  /** The jobs of one instance that reached the topic's consumer through Redis. */
  const deliveredTo = async (topic: Topic, instanceId: string, count = 1) => {
    const consumer = consumers.get(topic);
    if (!consumer) throw new Error(`no consumer for ${topic}`);
    return eventually(async () => {
      const mine = consumer.deliveries.filter(
        (d) => d.processInstanceId === instanceId,
      );
      return mine.length >= count ? mine : null;
    });
  };
  const deliveredCount = (topic: Topic, instanceId: string) =>
    consumers
      .get(topic)
      ?.deliveries.filter((d) => d.processInstanceId === instanceId).length;
  const tasksOf = async (instanceId: string) =>
    (await instanceOf(instanceId)).tasks as Array<{
      id: string;
      status: string;
      elementId: string;
      candidateGroups: string[];
    }>;

  it('alerts the kommune once, two working days after receipt across Easter, and keeps the task open', async () => {
    // given a message received on the Wednesday before Easter, 10:00 in Oslo
    at('2026-04-01T08:00:00Z');
    const { instanceId, messageId } = await start({
      letterPostAt: '2026-04-09T12:00:00.000Z',
    });

    // then it waits for a download in the bydel's and the kommune's inbox, with both deadlines as rows
    const [task] = await tasksOf(instanceId);
    expect(task).toMatchObject({
      elementId: 'Task_lastNedOgBekreft',
      status: 'open',
    });
    expect([...task.candidateGroups].sort()).toEqual([
      'bekymringsmelding:4601',
      'bekymringsmelding:460102',
    ]);
    // Skjærtorsdag, langfredag and 2. påskedag are not working days: Tuesday 7th is the first
    expect(await timersOf(instanceId)).toEqual({
      Event_toVirkedager: {
        status: 'scheduled',
        fireAt: '2026-04-08T08:00:00.000Z',
      },
      Event_fristBrevpost: {
        status: 'scheduled',
        fireAt: '2026-04-09T12:00:00.000Z',
      },
    });

    // when the sweep runs a minute early (09:59 in Oslo)
    at('2026-04-08T07:59:00Z');
    expect(await sweep()).toBe(0);

    // then nothing happened
    expect(await jobsOf(instanceId)).toEqual([]);
    expect((await timersOf(instanceId))['Event_toVirkedager'].status).toBe(
      'scheduled',
    );

    // when it runs at 10:00 in Oslo
    at('2026-04-08T08:00:00Z');
    expect(await sweep()).toBe(1);

    // then one alert job carries the message id and nothing else
    const jobs = await jobsOf(instanceId);
    expect(jobs).toEqual([
      expect.objectContaining({
        topic: 'bekymringsmelding.alert-kommune',
        element_id: 'Task_varsleKommunen',
        status: 'pending',
      }),
    ]);
    const outbox = await outboxOf(instanceId);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      jobId: jobs[0].id,
      topic: 'bekymringsmelding.alert-kommune',
      businessKey: messageId,
    });
    expect(outbox[0]['variables']).toEqual({ messageId });
    const [delivery] = await deliveredTo(
      'bekymringsmelding.alert-kommune',
      instanceId,
    );
    expect(delivery).toMatchObject({
      jobId: jobs[0].id,
      activityId: 'Task_varsleKommunen',
      businessKey: messageId,
    });
    expect(delivery.variables).toEqual({ messageId });

    // and the caseworkers can still download and confirm: the alert did not interrupt the task
    const instance = await instanceOf(instanceId);
    expect(instance.status).toBe('running');
    expect(instance.tasks).toEqual([
      expect.objectContaining({ id: task.id, status: 'open' }),
    ]);
    expect(instance.currentActivities.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(['Task_lastNedOgBekreft', 'Task_varsleKommunen']),
    );
    expect(
      historyOf(instance).filter((e) => e.startsWith('timer.fired:')),
    ).toEqual(['timer.fired:Event_toVirkedager']);
    const inbox = await api.call('GET', '/tasks?state=open', {
      principal: bergenCaseworker,
    });
    expect(inbox.body.items.map((t: { id: string }) => t.id)).toContain(
      task.id,
    );

    // and it fires once: a second sweep finds nothing, and only the letter deadline is still ahead
    expect(await sweep()).toBe(0);
    expect(await timersOf(instanceId)).toEqual({
      Event_toVirkedager: {
        status: 'fired',
        fireAt: '2026-04-08T08:00:00.000Z',
      },
      Event_fristBrevpost: {
        status: 'scheduled',
        fireAt: '2026-04-09T12:00:00.000Z',
      },
    });
    expect(await jobsOf(instanceId)).toHaveLength(1);
  });

  it('sends the message as letter post at the agreed time, cancelling the task', async () => {
    // given a message received on Thursday 9 April (the alert would be Monday 13th), to be posted Friday 10th 10:00
    at('2026-04-09T08:00:00Z');
    const { instanceId, messageId } = await start({
      letterPostAt: '2026-04-10T08:00:00.000Z',
    });
    expect(await timersOf(instanceId)).toEqual({
      Event_toVirkedager: {
        status: 'scheduled',
        fireAt: '2026-04-13T08:00:00.000Z',
      },
      Event_fristBrevpost: {
        status: 'scheduled',
        fireAt: '2026-04-10T08:00:00.000Z',
      },
    });

    // when the sweep runs a millisecond before the agreed time
    at('2026-04-10T07:59:59.999Z');
    expect(await sweep()).toBe(0);

    // then nothing happened
    expect(await jobsOf(instanceId)).toEqual([]);
    expect(await tasksOf(instanceId)).toEqual([
      expect.objectContaining({ status: 'open' }),
    ]);

    // when it runs at the agreed time
    at('2026-04-10T08:00:00.000Z');
    expect(await sweep()).toBe(1);

    // then the task is withdrawn, the alert deadline with it, and one letter job goes out
    expect(await tasksOf(instanceId)).toEqual([
      expect.objectContaining({ status: 'cancelled' }),
    ]);
    expect(await timersOf(instanceId)).toEqual({
      Event_toVirkedager: expect.objectContaining({ status: 'cancelled' }),
      Event_fristBrevpost: expect.objectContaining({ status: 'fired' }),
    });
    const jobs = await jobsOf(instanceId);
    expect(jobs).toEqual([
      expect.objectContaining({
        topic: 'bekymringsmelding.dispatch-letter',
        element_id: 'Task_sendBrevpost',
      }),
    ]);
    const [delivery] = await deliveredTo(
      'bekymringsmelding.dispatch-letter',
      instanceId,
    );
    expect(delivery.variables).toEqual({ messageId });
    expect(
      (
        await api.call('GET', '/tasks?state=open', {
          principal: bergenCaseworker,
        })
      ).body.total,
    ).toBe(0);

    // when the letter is sent
    await world.answer({
      jobId: jobs[0].id,
      outcome: 'completed',
      variables: {},
    });

    // then the instance ends as posted, and no alert ever goes out
    const done = await completedInstance(instanceId);
    expect(historyOf(done)).toEqual(
      expect.arrayContaining([
        'timer.fired:Event_fristBrevpost',
        'job.completed:Task_sendBrevpost',
        'activity.left:End_sendtBrevpost',
        'instance.completed:',
      ]),
    );
    expect(historyOf(done)).not.toContain(
      'activity.entered:Task_varsleKommunen',
    );
    at('2026-04-20T08:00:00Z');
    expect(await sweep()).toBe(0);
    expect(await jobsOf(instanceId)).toHaveLength(1);
  });

  it('neither alerts nor posts a message confirmed in «Motta bekymringsmeldinger»', async () => {
    // given a message received on the Wednesday before Easter
    at('2026-04-01T08:00:00Z');
    const { instanceId, messageId } = await start();

    // when the bekymringsmelding service correlates the confirm on Tuesday, before the two working days
    at('2026-04-07T12:00:00Z');
    const confirmed = await api.call('POST', '/messages', {
      principal: admin,
      body: {
        name: 'bekymringsmelding-bekreftet',
        businessKey: messageId,
        variables: {},
      },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ processInstanceId: instanceId });

    // then the instance ends at «Bekreftet og slettet», the task is closed and both deadlines are cancelled
    const done = await completedInstance(instanceId);
    expect(historyOf(done)).toEqual(
      expect.arrayContaining([
        'message.correlated:Event_bekreftet',
        'activity.left:End_bekreftetIMottak',
        'instance.completed:',
      ]),
    );
    // (the workflow closes a task left by an interrupting message as solved by whoever correlated it)
    expect(done.tasks).toEqual([
      expect.objectContaining({
        elementId: 'Task_lastNedOgBekreft',
        status: 'completed',
        completedBy: admin.id,
      }),
    ]);
    expect(await timersOf(instanceId)).toEqual({
      Event_toVirkedager: expect.objectContaining({ status: 'cancelled' }),
      Event_fristBrevpost: expect.objectContaining({ status: 'cancelled' }),
    });
    expect(
      (
        await api.call('GET', '/tasks?state=open', {
          principal: bergenCaseworker,
        })
      ).body.total,
    ).toBe(0);

    // and after both deadlines have passed, a sweep creates no alert and no letter
    at('2026-04-20T08:00:00Z');
    expect(await sweep()).toBe(0);
    expect(await jobsOf(instanceId)).toEqual([]);
    expect(await outboxOf(instanceId)).toEqual([]);

    // and a second confirm finds nothing waiting
    const again = await api.call('POST', '/messages', {
      body: { name: 'bekymringsmelding-bekreftet', businessKey: messageId },
    });
    expect(again.status).toBe(409);
  });

  it('delivers to the case system through SvarInn, and posts the message when SvarInn does not receive it', async () => {
    at('2026-04-01T08:00:00Z');

    // given a kommune that receives in its case system
    const delivered = await start({ viaSvarInn: true });
    const rejected = await start({ viaSvarInn: true });

    // then each becomes one SvarInn job with the message id, and no task or timer
    for (const { instanceId, messageId } of [delivered, rejected]) {
      expect(await jobsOf(instanceId)).toEqual([
        expect.objectContaining({
          topic: 'bekymringsmelding.deliver-svarinn',
          element_id: 'Task_leverFagsystem',
        }),
      ]);
      const [delivery] = await deliveredTo(
        'bekymringsmelding.deliver-svarinn',
        instanceId,
      );
      expect(delivery.variables).toEqual({ messageId });
      expect(await tasksOf(instanceId)).toEqual([]);
      expect(await timersOf(instanceId)).toEqual({});
    }

    // when SvarInn receives the first
    const [deliverJob] = await jobsOf(delivered.instanceId);
    await world.answer({
      jobId: deliverJob.id,
      outcome: 'completed',
      variables: { receivedBySvarInn: true },
    });

    // then it ends as delivered, without a letter
    const done = await completedInstance(delivered.instanceId);
    expect(historyOf(done)).toEqual(
      expect.arrayContaining([
        'job.completed:Task_leverFagsystem',
        'activity.left:End_levertFagsystem',
        'instance.completed:',
      ]),
    );
    expect(done.tasks).toEqual([]);
    expect(await jobsOf(delivered.instanceId)).toHaveLength(1);

    // when SvarInn does not receive the second
    const [rejectJob] = await jobsOf(rejected.instanceId);
    await world.answer({
      jobId: rejectJob.id,
      outcome: 'completed',
      variables: { receivedBySvarInn: false },
    });

    // then it goes as letter post
    const [letter] = await deliveredTo(
      'bekymringsmelding.dispatch-letter',
      rejected.instanceId,
    );
    expect(letter).toMatchObject({
      activityId: 'Task_sendBrevpost',
      variables: { messageId: rejected.messageId },
    });
    expect(
      (await jobsOf(rejected.instanceId)).map(
        (j: { topic: string }) => j.topic,
      ),
    ).toEqual([
      'bekymringsmelding.deliver-svarinn',
      'bekymringsmelding.dispatch-letter',
    ]);
    const waiting = await instanceOf(rejected.instanceId);
    expect(waiting.status).toBe('running');
    expect(waiting.tasks).toEqual([]);
    expect(historyOf(waiting)).not.toContain(
      'activity.left:End_levertFagsystem',
    );
  });

  it("lets the kommune's caseworker confirm a bydel's message in the inbox, and not another kommune's", async () => {
    // given a message to Bergenhus waiting for a download
    at('2026-04-01T08:00:00Z');
    const { instanceId, messageId } = await start();
    const [task] = await tasksOf(instanceId);

    // then Stavanger's caseworker neither sees nor may act on it
    const stavangerInbox = await api.call('GET', '/tasks?state=open', {
      principal: stavangerCaseworker,
    });
    expect(stavangerInbox.status).toBe(200);
    expect(
      stavangerInbox.body.items.map((t: { id: string }) => t.id),
    ).not.toContain(task.id);
    expect(stavangerInbox.body.total).toBe(0);
    expect(
      (
        await api.call('GET', `/tasks/${task.id}`, {
          principal: stavangerCaseworker,
        })
      ).status,
    ).toBe(403);
    const refused = await api.call('POST', `/tasks/${task.id}/complete`, {
      principal: stavangerCaseworker,
      body: { idempotencyKey: 'stavanger-click-1' },
    });
    expect(refused.status).toBe(403);
    expect(await tasksOf(instanceId)).toEqual([
      expect.objectContaining({ id: task.id, status: 'open' }),
    ]);

    // and Bergen's caseworker sees it in the open tasks, with its form
    const bergenInbox = await api.call('GET', '/tasks?state=open', {
      principal: bergenCaseworker,
    });
    expect(bergenInbox.body.items).toEqual([
      expect.objectContaining({
        id: task.id,
        name: 'Last ned og bekreft',
        status: 'open',
      }),
    ]);
    const opened = await api.call('GET', `/tasks/${task.id}`, {
      principal: bergenCaseworker,
    });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ formKey: 'bekymringsmelding:motta' });

    // when Bergen's caseworker confirms it
    at('2026-04-02T09:30:00Z');
    const completed = await api.call('POST', `/tasks/${task.id}/complete`, {
      principal: bergenCaseworker,
      body: { idempotencyKey: 'bergen-confirm-1' },
    });
    expect(completed.status).toBe(200);

    // then the confirm job carries the message id and who confirmed, and the deadlines are cancelled
    const jobs = await jobsOf(instanceId);
    expect(jobs).toEqual([
      expect.objectContaining({
        topic: 'bekymringsmelding.confirm-receipt',
        element_id: 'Task_bekreftMottak',
      }),
    ]);
    const [delivery] = await deliveredTo(
      'bekymringsmelding.confirm-receipt',
      instanceId,
    );
    expect(delivery.variables).toEqual({
      messageId,
      completedBy: bergenCaseworker.id,
    });
    expect(await timersOf(instanceId)).toEqual({
      Event_toVirkedager: expect.objectContaining({ status: 'cancelled' }),
      Event_fristBrevpost: expect.objectContaining({ status: 'cancelled' }),
    });
    expect(await tasksOf(instanceId)).toEqual([
      expect.objectContaining({ id: task.id, status: 'completed' }),
    ]);

    // when the bekymringsmelding service has confirmed and deleted it
    await world.answer({
      jobId: jobs[0].id,
      outcome: 'completed',
      variables: {},
    });

    // then the instance ends at «Bekreftet», and no later sweep alerts or posts
    const done = await completedInstance(instanceId);
    expect(historyOf(done)).toEqual(
      expect.arrayContaining([
        'task.completed:Task_lastNedOgBekreft',
        'job.completed:Task_bekreftMottak',
        'activity.left:End_bekreftet',
      ]),
    );
    at('2026-04-20T08:00:00Z');
    expect(await sweep()).toBe(0);
    expect(await jobsOf(instanceId)).toHaveLength(1);
    expect(deliveredCount('bekymringsmelding.alert-kommune', instanceId)).toBe(
      0,
    );
  });
});
