/**
 * Never leave an application undecided for want of a workflow: a start command Redis lost after it
 * was sent is sent again once it is older than the cut-off; one the workflow took is marked
 * delivered and checked no more; one still waiting is left alone.
 * Real: identity in-process with its PostgreSQL database, the migrations, Redis and BullMQ.
 * Simulated: Redis losing a job (the job removed), time passing (`command_sent_at` moved an hour
 * back) and the workflow (a BullMQ worker that takes the commands).
 */
import { type WorkflowCommand, workflowCommand } from '@bvr/contracts';
import { redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { UnsentApplicationSweeper } from '../../src/modules/access-applications/messaging/unsent-application.sweeper';
import { DirectoryFactory } from '../support/directory-factory';
import {
  type IdentityTestApp,
  startIdentityApp,
} from '../support/identity-test-app';

async function until(done: () => Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the sweeper of lost access application commands', () => {
  let identity: IdentityTestApp;
  let directory: DirectoryFactory;
  let database: DataSource;
  let commands: Queue;
  let sweeper: UnsentApplicationSweeper;

  beforeAll(async () => {
    identity = await startIdentityApp('application-command-sweeper');
    database = identity.app.get(DataSource);
    directory = new DirectoryFactory(database);
    commands = identity.app.get<Queue>(getQueueToken(workflowCommand.queue));
    sweeper = identity.app.get(UnsentApplicationSweeper);
  });
  afterAll(() => identity?.close());

  /** An application committed, its start command on the queue; answers its id and job id. */
  async function submittedApplication() {
    const user = await directory.user();
    const response = await identity.call('POST', '/access-applications', {
      as: { id: user.id, grants: [] },
      body: { kind: 'external', organisation: 'NTNU Samfunnsforskning' },
    });
    expect(response.status).toBe(201);
    const id: string = response.body.id;
    return { id, jobId: `access-application-${id}` };
  }

  const sentAnHourAgo = (id: string) =>
    database.query(
      `UPDATE identity.access_application SET command_sent_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );

  const deliveredAt = async (id: string): Promise<Date | null> =>
    (
      await database.query(
        `SELECT command_delivered_at FROM identity.access_application WHERE id = $1`,
        [id],
      )
    )[0].command_delivered_at;

  const stateOf = async (jobId: string) =>
    (await commands.getJob(jobId))?.getState() ?? 'gone';

  it('sends again a start command Redis lost, once it was sent longer ago than the cut-off', async () => {
    // given: an application whose start command Redis lost just after it was sent
    const { id, jobId } = await submittedApplication();
    await commands.remove(jobId);
    await sweeper.sweep();
    await expect(stateOf(jobId)).resolves.toBe('gone');

    // when: it was sent longer ago than the cut-off
    await sentAnHourAgo(id);
    await sweeper.sweep();

    // then: it is on the queue again, as it was sent
    await expect(stateOf(jobId)).resolves.toBe('waiting');
    const job = await commands.getJob(jobId);
    expect((job?.data as { payload: WorkflowCommand }).payload).toEqual(
      expect.objectContaining({
        command: 'start',
        commandId: jobId,
        definitionKey: 'tilgangssoknad',
        businessKey: `tilgangssoknad-${id}`,
      }),
    );
  });

  it('marks a start command the workflow took as delivered, and checks it no more', async () => {
    // given: an application whose start command, sent an hour ago, the workflow took
    const { id, jobId } = await submittedApplication();
    await sentAnHourAgo(id);
    const workflow = new Worker(workflowCommand.queue, async () => 'taken', {
      connection: redisOptions(TEST_REDIS_URL),
      prefix: identity.prefix,
    });
    try {
      await until(async () => (await stateOf(jobId)) === 'completed');
    } finally {
      await workflow.close();
    }

    // when
    await sweeper.sweep();

    // then: it is delivered, and once Redis drops the finished job, it is not sent again
    await expect(deliveredAt(id)).resolves.toBeInstanceOf(Date);
    await commands.remove(jobId);
    await sweeper.sweep();
    await expect(stateOf(jobId)).resolves.toBe('gone');
  });

  it('leaves a start command still waiting on the queue alone', async () => {
    // given: a start command sent an hour ago that the workflow has not taken yet
    const { id, jobId } = await submittedApplication();
    await sentAnHourAgo(id);

    // when / then: nothing is sent, and it is not taken for delivered
    await expect(sweeper.sweep()).resolves.toBe(0);
    await expect(stateOf(jobId)).resolves.toBe('waiting');
    await expect(deliveredAt(id)).resolves.toBeNull();
  });
});
