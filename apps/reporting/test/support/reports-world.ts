import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import Redis from 'ioredis';
import { FixedClock } from '@bvr/service-kit';
import { periodBody } from './period.factory';
import {
  ReportingTestApp,
  StartOptions,
  startReportingApp,
} from './reporting-test-app';
import {
  createReportingTestDatabase,
  ReportingTestDatabase,
  seedBundledReferenceData,
} from './reporting-test-database';
import { bufdir } from './test-callers';
import { WorkflowCommandQueue } from './workflow-command-queue';

/** One test file's world: its database with the bundled reference data, the app, and its command queue. */
export interface ReportsWorld {
  testDb: ReportingTestDatabase;
  api: ReportingTestApp;
  commands: WorkflowCommandQueue;
  /** The app's clock: each new period moves it to 15 July of its year, when the period is open. */
  clock: FixedClock;
  /** A new period (a half-year no other test uses), as Bufdir creates it; its id and year. */
  newPeriod(): Promise<{ id: number; year: number; name: string }>;
  close(): Promise<void>;
}

export async function startReportsWorld(
  label: string,
  options: StartOptions = {},
): Promise<ReportsWorld> {
  const testDb = await createReportingTestDatabase(label);
  await seedBundledReferenceData(testDb.dataSource);
  const clock = new FixedClock(new Date());
  const api = await startReportingApp(testDb.db.url, { clock, ...options });
  const commands = new WorkflowCommandQueue(api.queuePrefix);
  return {
    testDb,
    api,
    commands,
    clock,
    newPeriod: async () => {
      const { status, body } = await api.call('POST', '/periods', {
        caller: bufdir,
        body: periodBody(),
      });
      if (status !== 201)
        throw new Error(`could not create a period: ${JSON.stringify(body)}`);
      // The factory's periods are in years to come: submissions need today inside the period.
      clock.set(new Date(`${body.year}-07-15T10:00:00Z`));
      return { id: body.id, year: body.year, name: body.name };
    },
    close: async () => {
      await commands.close();
      await api.close();
      await removeQueueKeys(api.queuePrefix);
      await testDb.drop();
    },
  };
}

/** `/periods/:periodId/units/:unitId/report`, plus a suffix. */
export const reportPath = (periodId: number, unitId: string, suffix = '') =>
  `/periods/${periodId}/units/${unitId}/report${suffix}`;

async function removeQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}
