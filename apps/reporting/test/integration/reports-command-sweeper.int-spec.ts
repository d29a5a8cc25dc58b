/**
 * Never lose a submission: a version whose workflow command was not sent (the process died, or Redis
 * was away, between commit and enqueue) is sent by the sweeper, every interval and at start-up; so
 * is one Redis lost after it was sent, before the workflow took it.
 * Real: PostgreSQL, Redis, the migrations, the whole reporting module, app instances sharing one database
 * and queue prefix. Simulated: the lost enqueue (the job removed and `command_sent_at` cleared).
 */
import { workflowCommand } from '@bvr/contracts';
import { redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL, testQueuePrefix } from '@bvr/service-kit/testing';
import { Worker } from 'bullmq';
import { UnsentCommandSweeper } from '../../src/modules/reports/messaging/unsent-command.sweeper';
import { submission } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import { startReportingApp } from '../support/reporting-test-app';
import { bergenReporter } from '../support/test-callers';

const ARNA = '460101';

async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the sweeper of unsent workflow commands', () => {
  let world: ReportsWorld;
  const queuePrefix = testQueuePrefix('reporting-sweeper');
  // Instances that sweep only at start-up within a test's time.
  const hourly = { REPORT_COMMAND_SWEEP_INTERVAL_MS: '3600000' };

  beforeAll(async () => {
    world = await startReportsWorld('report-sweeper', {
      queuePrefix,
      env: hourly,
    });
  });

  afterAll(async () => {
    await world?.close();
  });

  /** A submitted version whose command, as far as anyone can tell, never reached the queue. */
  async function lostSubmission() {
    const period = await world.newPeriod();
    const { body } = await world.api.call(
      'POST',
      reportPath(period.id, ARNA, '/submit'),
      { caller: bergenReporter, body: submission() },
    );
    // Remove the job before clearing the mark, so a sweep in between finds nothing to send.
    await world.commands.remove(`report-${body.reportId}-v1`);
    await world.testDb.dataSource.query(
      'UPDATE reporting.report_version SET command_sent_at = NULL WHERE report_id = $1',
      [body.reportId],
    );
    return {
      reportId: body.reportId as string,
      businessKey: `halvarsrapport-${ARNA}-${period.year}-1`,
    };
  }

  const sentAt = async (reportId: string): Promise<Date | null> =>
    (
      await world.testDb.dataSource.query(
        'SELECT command_sent_at FROM reporting.report_version WHERE report_id = $1',
        [reportId],
      )
    )[0].command_sent_at;

  it('sends unsent commands at start-up, and marks them sent', async () => {
    // given: a command lost while the only instance runs (its own sweep is an hour away)
    const lost = await lostSubmission();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(world.commands.commandsFor(lost.businessKey)).resolves.toEqual(
      [],
    );

    // when: another instance starts
    const second = await startReportingApp(world.testDb.db.url, {
      queuePrefix,
      env: hourly,
    });

    try {
      // then: it sends the command without waiting an interval
      const commands = await eventually(
        () => world.commands.commandsFor(lost.businessKey),
        (found) => found.length > 0,
      );
      expect(commands).toEqual([
        {
          jobId: `report-${lost.reportId}-v1`,
          payload: expect.objectContaining({
            command: 'start',
            commandId: `report-${lost.reportId}-v1`,
            businessKey: lost.businessKey,
          }),
        },
      ]);
      await expect(
        eventually(
          () => sentAt(lost.reportId),
          (at) => at !== null,
        ),
      ).resolves.toBeInstanceOf(Date);
    } finally {
      await second.close();
    }
  });

  it('sends unsent commands every interval', async () => {
    // given: an instance sweeping every 300 ms, past its start-up sweep
    const sweeping = await startReportingApp(world.testDb.db.url, {
      queuePrefix,
      env: { REPORT_COMMAND_SWEEP_INTERVAL_MS: '300' },
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));

      // when: a command is lost
      const lost = await lostSubmission();

      // then: a later sweep sends it
      const commands = await eventually(
        () => world.commands.commandsFor(lost.businessKey),
        (found) => found.length > 0,
      );
      expect(commands.map((command) => command.jobId)).toEqual([
        `report-${lost.reportId}-v1`,
      ]);
      await expect(
        eventually(
          () => sentAt(lost.reportId),
          (at) => at !== null,
        ),
      ).resolves.toBeInstanceOf(Date);
    } finally {
      await sweeping.close();
    }
  });

  it('sends again a command Redis lost after it was sent, and stops checking once the workflow took it', async () => {
    // given: a command sent an hour ago, still waiting on the queue
    const period = await world.newPeriod();
    const { body } = await world.api.call(
      'POST',
      reportPath(period.id, ARNA, '/submit'),
      { caller: bergenReporter, body: submission() },
    );
    const jobId = `report-${body.reportId}-v1`;
    const businessKey = `halvarsrapport-${ARNA}-${period.year}-1`;
    await eventually(
      () => sentAt(body.reportId),
      (at) => at !== null,
    );
    await world.testDb.dataSource.query(
      `UPDATE reporting.report_version SET command_sent_at = now() - interval '1 hour' WHERE report_id = $1`,
      [body.reportId],
    );
    const sweeper = world.api.app.get(UnsentCommandSweeper);
    await sweeper.sweep();
    expect(await world.commands.commandsFor(businessKey)).toHaveLength(1);

    // when: Redis loses it
    await world.commands.remove(jobId);
    await sweeper.sweep();

    // then: it is on the queue again, and once the workflow took it, it counts as delivered
    expect(
      (await world.commands.commandsFor(businessKey)).map((c) => c.jobId),
    ).toEqual([jobId]);
    const workflow = new Worker(workflowCommand.queue, async () => 'taken', {
      connection: redisOptions(TEST_REDIS_URL),
      prefix: queuePrefix,
    });
    try {
      await eventually(
        () => world.commands.commandsFor(businessKey),
        (waiting) => waiting.length === 0,
      );
      await sweeper.sweep();
      const [row] = await world.testDb.dataSource.query(
        'SELECT command_delivered_at FROM reporting.report_version WHERE report_id = $1',
        [body.reportId],
      );
      expect(row.command_delivered_at).toBeInstanceOf(Date);
    } finally {
      await workflow.close();
    }
  });
});
