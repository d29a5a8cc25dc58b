/**
 * Never leave a message without its workflow: a start or confirm command Redis lost after it was
 * sent is sent again once it is older than the cut-off; one the workflow took is marked delivered
 * and checked no more; one still waiting is left alone.
 * Real: PostgreSQL, Redis, the migrations, the whole bekymringsmelding module. Simulated: Redis
 * losing a job (the job removed), time passing (`*_sent_at` moved an hour back) and the workflow (a
 * BullMQ worker that takes the commands).
 */
import { type WorkflowCommand, workflowCommand } from '@bvr/contracts';
import { redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, Worker } from 'bullmq';
import { UnsentCommandsSweeper } from '../../src/modules/intake/unsent-commands.sweeper';
import {
  bergenAdmin,
  bergenhusCaseworker,
  bergenSetup,
  privateReport,
} from '../support/concern-fixtures';
import {
  type ConcernWorld,
  startConcernWorld,
} from '../support/concern-test-app';

type SentColumn = 'command_sent_at' | 'confirm_sent_at';

async function until(done: () => Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the sweeper of lost workflow commands', () => {
  let world: ConcernWorld;
  let commands: Queue;
  let sweeper: UnsentCommandsSweeper;

  beforeAll(async () => {
    world = await startConcernWorld('command-sweeper');
    const setup = await world.call(
      'PUT',
      '/kommuner/4601/tjeneste',
      bergenAdmin,
      bergenSetup(),
    );
    expect(setup.status).toBe(201);
    commands = world.app.get<Queue>(getQueueToken(workflowCommand.queue));
    sweeper = world.app.get(UnsentCommandsSweeper);
  });
  afterAll(() => world?.close());

  /** A message received, its start command on the queue; answers its id. */
  async function receivedMessage(): Promise<string> {
    const sent = await world.call(
      'POST',
      '/meldinger/privat',
      null,
      privateReport(),
    );
    expect(sent.status).toBe(201);
    const [row] = await world.dataSource.query(
      `SELECT id FROM bekymringsmelding.concern_message WHERE referanse = $1`,
      [sent.body.referanse],
    );
    return row.id;
  }

  async function confirmedMessage(): Promise<string> {
    const id = await receivedMessage();
    const path = `/mottak/${id}`;
    expect(
      (await world.call('GET', `${path}/pdf`, bergenhusCaseworker)).status,
    ).toBe(200);
    expect(
      (await world.call('POST', `${path}/bekreft`, bergenhusCaseworker)).status,
    ).toBe(200);
    return id;
  }

  const sentAnHourAgo = (id: string, column: SentColumn) =>
    world.dataSource.query(
      `UPDATE bekymringsmelding.concern_message SET ${column} = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );

  const deliveredAt = async (id: string) =>
    (
      await world.dataSource.query(
        `SELECT command_delivered_at, confirm_delivered_at FROM bekymringsmelding.concern_message WHERE id = $1`,
        [id],
      )
    )[0] as {
      command_delivered_at: Date | null;
      confirm_delivered_at: Date | null;
    };

  const stateOf = async (jobId: string) =>
    (await commands.getJob(jobId))?.getState() ?? 'gone';

  const payloadOf = async (jobId: string) =>
    ((await commands.getJob(jobId))?.data as { payload: WorkflowCommand })
      .payload;

  it('sends again a start command Redis lost, once it was sent longer ago than the cut-off', async () => {
    // given: a message whose start command Redis lost just after it was sent
    const id = await receivedMessage();
    const jobId = `bekymringsmelding-start-${id}`;
    await commands.remove(jobId);
    await sweeper.sweep();
    await expect(stateOf(jobId)).resolves.toBe('gone');

    // when: it was sent longer ago than the cut-off
    await sentAnHourAgo(id, 'command_sent_at');
    await sweeper.sweep();

    // then: it is on the queue again, as it was sent
    await expect(stateOf(jobId)).resolves.toBe('waiting');
    await expect(payloadOf(jobId)).resolves.toEqual(
      expect.objectContaining({
        command: 'start',
        commandId: jobId,
        businessKey: id,
        definitionKey: 'bekymringsmelding',
      }),
    );
  });

  it('sends again a confirm command Redis lost', async () => {
    // given: a confirmed message, told an hour ago, whose confirm command Redis lost
    const id = await confirmedMessage();
    const jobId = `bekymringsmelding-bekreftet-${id}`;
    await expect(stateOf(jobId)).resolves.toBe('waiting');
    await sentAnHourAgo(id, 'confirm_sent_at');
    await commands.remove(jobId);

    // when
    await sweeper.sweep();

    // then
    await expect(stateOf(jobId)).resolves.toBe('waiting');
    await expect(payloadOf(jobId)).resolves.toEqual(
      expect.objectContaining({
        command: 'correlate',
        commandId: jobId,
        businessKey: id,
        requestedBy: bergenhusCaseworker.id,
      }),
    );
  });

  it('marks the commands the workflow took as delivered, and checks them no more', async () => {
    // given: a confirmed message whose commands, sent an hour ago, the workflow took
    const id = await confirmedMessage();
    const start = `bekymringsmelding-start-${id}`;
    const confirm = `bekymringsmelding-bekreftet-${id}`;
    await sentAnHourAgo(id, 'command_sent_at');
    await sentAnHourAgo(id, 'confirm_sent_at');
    const workflow = new Worker(workflowCommand.queue, async () => 'taken', {
      connection: redisOptions(TEST_REDIS_URL),
      prefix: commands.opts.prefix,
    });
    try {
      await until(async () =>
        (await Promise.all([stateOf(start), stateOf(confirm)])).every(
          (state) => state === 'completed',
        ),
      );
    } finally {
      await workflow.close();
    }

    // when
    await sweeper.sweep();

    // then: both are delivered, and once Redis drops the finished jobs, neither is sent again
    await expect(deliveredAt(id)).resolves.toEqual({
      command_delivered_at: expect.any(Date),
      confirm_delivered_at: expect.any(Date),
    });
    await commands.remove(start);
    await commands.remove(confirm);
    await sweeper.sweep();
    await expect(stateOf(start)).resolves.toBe('gone');
    await expect(stateOf(confirm)).resolves.toBe('gone');
  });

  it('leaves a command still waiting on the queue alone', async () => {
    // given: a start command sent an hour ago that the workflow has not taken yet
    const id = await receivedMessage();
    const jobId = `bekymringsmelding-start-${id}`;
    await sentAnHourAgo(id, 'command_sent_at');

    // when / then: nothing is sent, and it is not taken for delivered
    await expect(sweeper.sweep()).resolves.toBe(0);
    await expect(stateOf(jobId)).resolves.toBe('waiting');
    await expect(deliveredAt(id)).resolves.toEqual({
      command_delivered_at: null,
      confirm_delivered_at: null,
    });
  });
});
