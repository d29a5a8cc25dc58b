/**
 * Reminders of the kommune deadline: one `deadline-reminder` notify job per unit that has not
 * submitted, per reminder day, never twice.
 * Real: PostgreSQL, Redis (identity's notify queue read under the test's prefix; nothing consumes it),
 * the migrations, the bundled reference data, the whole reporting module. Faked: the key tokens, and
 * the time, given to the service as the sweep would give it the clock's.
 */
import { notifyAudience, type PayloadOf } from '@bvr/contracts';
import { redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { Queue } from 'bullmq';
import { SendDeadlineRemindersService } from '../../src/modules/reminders/jobs/send-deadline-reminders.service';
import { submission } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import { bergenReporter, bufdir } from '../support/test-callers';

const ARNA = '460101';
const FANA = '460103';

type Notify = PayloadOf<typeof notifyAudience>;

describe('deadline reminders', () => {
  let world: ReportsWorld;
  let queue: Queue;
  let period: { id: number; year: number; name: string };
  let unitCount: number;
  const service = () => world.api.app.get(SendDeadlineRemindersService);
  const at = (date: string) => new Date(`${date}T05:00:00Z`);

  /** The reminder jobs of the period, by job id. */
  async function reminders(): Promise<Map<string, Notify>> {
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
    return new Map(
      jobs
        .map(
          (job) =>
            [job.id ?? '', (job.data as { payload: Notify }).payload] as const,
        )
        .filter(([, payload]) =>
          String(payload.params['path']).startsWith(
            `/rapportering/${period.id}/`,
          ),
        ),
    );
  }
  const ofDay = (all: Map<string, Notify>, daysBefore: number) =>
    [...all.keys()].filter((id) => id.endsWith(`-${daysBefore}`));

  beforeAll(async () => {
    world = await startReportsWorld('deadline-reminders', {
      env: { REMINDER_DAYS_BEFORE_DEADLINE: '7,1' },
    });
    queue = new Queue(notifyAudience.queue, {
      connection: redisOptions(TEST_REDIS_URL),
      prefix: world.api.queuePrefix,
    });
    period = await world.newPeriod(); // kommune deadline 18 August
    await world.api.call('POST', reportPath(period.id, ARNA, '/submit'), {
      caller: bergenReporter,
      body: submission(),
    });
    await world.api.call('PUT', reportPath(period.id, FANA, '/draft'), {
      caller: bergenReporter,
      body: { values: { A1: 1 }, revision: 0 },
    });
    unitCount = (
      await world.api.call('GET', `/periods/${period.id}/reports?pageSize=1`, {
        caller: bufdir,
      })
    ).body.total;
  });

  afterAll(async () => {
    await queue?.close();
    await world?.close();
  });

  it('sends nothing on a day that is not a reminder day', async () => {
    await expect(
      service().sendDue(at(`${period.year}-08-05`)),
    ).resolves.toEqual([]);
    expect((await reminders()).size).toBe(0);
  });

  it('enqueues one reminder for each unit that has not submitted, seven days before the deadline', async () => {
    // when
    const sent = await service().sendDue(at(`${period.year}-08-11`));

    // then
    expect(sent).toEqual([
      { periodId: period.id, daysBefore: 7, units: unitCount - 1 },
    ]);
    const jobs = await reminders();
    expect(ofDay(jobs, 7)).toHaveLength(unitCount - 1);
    const key = `deadline-reminder-${period.id}-${FANA}-7`;
    expect(jobs.get(key)).toEqual({
      idempotencyKey: key,
      audience: { kind: 'unit', unitId: FANA },
      template: 'deadline-reminder',
      params: {
        unitName: 'Fana',
        periodName: period.name,
        deadline: `${period.year}-08-18`,
        path: `/rapportering/${period.id}/${FANA}`,
      },
    });
    expect(jobs.has(`deadline-reminder-${period.id}-${ARNA}-7`)).toBe(false);
  });

  it('sends nothing twice: not on a second run the same day, nor after a restart between enqueue and record', async () => {
    // given a run that enqueued Fana's reminder but died before recording it
    await world.testDb.dataSource.query(
      `DELETE FROM reporting.deadline_reminder WHERE period_id = $1 AND unit_id = $2`,
      [period.id, FANA],
    );

    // when
    const again = await service().sendDue(at(`${period.year}-08-11`));
    const later = await service().sendDue(at(`${period.year}-08-12`));

    // then
    expect(again).toEqual([{ periodId: period.id, daysBefore: 7, units: 1 }]);
    expect(later).toEqual([]);
    expect(ofDay(await reminders(), 7)).toHaveLength(unitCount - 1);
  });

  it('sends the day-before reminder once, and none after the deadline', async () => {
    await expect(
      service().sendDue(at(`${period.year}-08-17`)),
    ).resolves.toEqual([
      { periodId: period.id, daysBefore: 1, units: unitCount - 1 },
    ]);
    await expect(
      service().sendDue(at(`${period.year}-08-17`)),
    ).resolves.toEqual([]);
    await expect(
      service().sendDue(at(`${period.year}-08-19`)),
    ).resolves.toEqual([]);
    expect(ofDay(await reminders(), 1)).toHaveLength(unitCount - 1);
  });
});
