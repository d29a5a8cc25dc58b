/**
 * Who may read, save and submit a unit's report, endpoint by endpoint.
 * Real: PostgreSQL, Redis, the migrations, the bundled reference data (which office controls which unit),
 * the whole reporting module with its auth guard. Faked: only the key tokens are signed with.
 */
import { ErrorCode } from '@bvr/contracts';
import { submission } from '../support/report.factory';
import type { TestCaller } from '../support/test-callers';
import {
  arnaMachine,
  bergenReporter,
  bufdir,
  kinnReporter,
  osloVikenCaseworker,
  platformAdmin,
  vestlandCaseworker,
  withoutRole,
} from '../support/test-callers';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';

const ARNA = '460101';
const FANA = '460103';

describe('report access', () => {
  let world: ReportsWorld;
  let periodId: number;
  let reportId: string;
  const as = (
    caller: TestCaller | null,
    method: string,
    path: string,
    body?: unknown,
  ) => world.api.call(method, path, { caller, body });

  beforeAll(async () => {
    world = await startReportsWorld('report-access');
    periodId = (await world.newPeriod()).id;
    const submitted = await as(
      bergenReporter,
      'POST',
      reportPath(periodId, ARNA, '/submit'),
      submission(),
    );
    reportId = submitted.body.reportId;
  });

  afterAll(async () => {
    await world?.close();
  });

  describe('reading a report', () => {
    const readPaths = () => [
      reportPath(periodId, ARNA),
      `/reports/${reportId}/versions/1`,
      `/reports/${reportId}/changes`,
      `/units/${ARNA}/reports`,
    ];

    it("lists the unit's reports per period in one call, and nothing for a unit that has none", async () => {
      const arna = await as(bergenReporter, 'GET', `/units/${ARNA}/reports`);
      const fana = await as(bergenReporter, 'GET', `/units/${FANA}/reports`);

      expect(arna.body).toEqual([{ periodId, reportId, status: 'submitted' }]);
      expect(fana.body).toEqual([]);
    });

    it.each([
      [
        'a reporter of the kommune (its grant covers the bydel)',
        bergenReporter,
      ],
      ["the unit's case system", arnaMachine],
      ['a caseworker of the office that controls the unit', vestlandCaseworker],
      ['Bufdir', bufdir],
      ['a platform admin', platformAdmin],
    ])('lets %s read', async (_who, caller) => {
      for (const path of readPaths())
        await expect(as(caller, 'GET', path)).resolves.toMatchObject({
          status: 200,
        });
    });

    it.each([
      ['a reporter of another kommune', kinnReporter],
      ['a caseworker of another office', osloVikenCaseworker],
      ['someone without a role', withoutRole],
    ])('refuses %s with 403', async (_who, caller) => {
      for (const path of readPaths()) {
        const reply = await as(caller, 'GET', path);
        expect(reply.status).toBe(403);
        expect(reply.body.code).toBe(ErrorCode.FORBIDDEN);
      }
    });

    it("refuses a machine client another unit's report with 403", async () => {
      const reply = await as(arnaMachine, 'GET', reportPath(periodId, FANA));

      expect(reply.status).toBe(403);
    });

    it('refuses a call without a token with 401', async () => {
      for (const path of [...readPaths(), `/periods/${periodId}/reports`]) {
        const reply = await as(null, 'GET', path);
        expect(reply.status).toBe(401);
        expect(reply.body.code).toBe(ErrorCode.UNAUTHENTICATED);
      }
    });
  });

  describe('saving and submitting', () => {
    const write = (caller: TestCaller | null, unitId: string) =>
      Promise.all([
        as(caller, 'PUT', reportPath(periodId, unitId, '/draft'), {
          values: {},
          revision: 0,
        }),
        as(
          caller,
          'POST',
          reportPath(periodId, unitId, '/submit'),
          submission(),
        ),
      ]);

    it.each([
      ['a reporter of another kommune', kinnReporter],
      ['the caseworker of the office that reads it', vestlandCaseworker],
      ['a caseworker of another office', osloVikenCaseworker],
      ['Bufdir', bufdir],
      ['a platform admin', platformAdmin],
    ])('refuses %s with 403', async (_who, caller) => {
      const replies = await write(caller, FANA);

      expect(replies.map((reply) => reply.status)).toEqual([403, 403]);
      const report = await as(
        bergenReporter,
        'GET',
        reportPath(periodId, FANA),
      );
      expect(report.body.reportId).toBeNull();
    });

    it("refuses a machine client another unit's report with 403", async () => {
      const replies = await write(arnaMachine, FANA);

      expect(replies.map((reply) => reply.status)).toEqual([403, 403]);
    });

    it('refuses a call without a token with 401', async () => {
      const replies = await write(null, FANA);

      expect(replies.map((reply) => reply.status)).toEqual([401, 401]);
    });

    it('lets a reporter of the kommune save a bydel draft', async () => {
      const [save] = await Promise.all([
        as(bergenReporter, 'PUT', reportPath(periodId, '460105', '/draft'), {
          values: { A1: 1 },
          revision: 0,
        }),
      ]);

      expect(save.status).toBe(200);
    });
  });

  describe('the overview of a period', () => {
    const overview = (caller: TestCaller, query = '') =>
      as(caller, 'GET', `/periods/${periodId}/reports${query}`);

    it("lists a Statsforvalter caseworker only its office's units, with not-started where there is no report", async () => {
      const { status, body } = await overview(
        vestlandCaseworker,
        '?pageSize=500',
      );

      expect(status).toBe(200);
      expect(
        new Set(body.items.map((i: { officeId: string }) => i.officeId)),
      ).toEqual(new Set(['sf-vestland']));
      expect(body.total).toBe(body.items.length);
      expect(body.items).toContainEqual(
        expect.objectContaining({
          unitId: ARNA,
          unitName: 'Arna',
          status: 'submitted',
          reportId,
          latestVersion: 1,
          submittedAt: expect.any(String),
        }),
      );
      expect(body.items).toContainEqual(
        expect.objectContaining({
          unitId: FANA,
          status: 'not-started',
          reportId: null,
        }),
      );
      expect(body.items.map((i: { unitId: string }) => i.unitId)).not.toContain(
        '4601',
      );
    });

    it('filters by status and pages', async () => {
      const submitted = await overview(vestlandCaseworker, '?status=submitted');
      const firstPage = await overview(bufdir, '?pageSize=10&page=1');
      const secondPage = await overview(bufdir, '?pageSize=10&page=2');

      expect(
        submitted.body.items.map((i: { unitId: string }) => i.unitId),
      ).toEqual([ARNA]);
      expect(submitted.body.total).toBe(1);
      expect(firstPage.body.items).toHaveLength(10);
      expect(
        secondPage.body.items[0].unitId > firstPage.body.items[9].unitId,
      ).toBe(true);
      expect(firstPage.body.total).toBeGreaterThan(300);
    });

    it("lets Bufdir pick an office, and refuses a caseworker another office's units", async () => {
      const oslo = await overview(bufdir, '?office=sf-oslo-viken&pageSize=500');
      const refused = await overview(
        vestlandCaseworker,
        '?office=sf-oslo-viken',
      );

      expect(oslo.status).toBe(200);
      expect(
        oslo.body.items.every(
          (i: { officeId: string }) => i.officeId === 'sf-oslo-viken',
        ),
      ).toBe(true);
      expect(refused.status).toBe(403);
    });

    it('refuses unit reporters with 403', async () => {
      await expect(overview(bergenReporter)).resolves.toMatchObject({
        status: 403,
      });
    });
  });
});
