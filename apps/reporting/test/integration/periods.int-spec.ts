/**
 * Reporting periods over HTTP, with access tokens.
 * Real: PostgreSQL (a database of its own), Redis, the migrations, both seed steps, the whole reporting
 * module with its auth guard. Faked: only the key tokens are signed with (`TestTokens` instead of identity).
 */
import { ErrorCode } from '@bvr/contracts';
import { periodBody } from '../support/period.factory';
import {
  ReportingTestApp,
  startReportingApp,
} from '../support/reporting-test-app';
import {
  createReportingTestDatabase,
  ReportingTestDatabase,
  seedBundledReferenceData,
  seedReportingPeriods,
} from '../support/reporting-test-database';
import {
  bergenReporter,
  bufdir,
  platformAdmin,
  vestlandCaseworker,
  withoutRole,
} from '../support/test-callers';

describe('reporting periods HTTP API', () => {
  let testDb: ReportingTestDatabase;
  let api: ReportingTestApp;
  const periodIdOf = async (name: string): Promise<number> => {
    const { body } = await api.call('GET', '/periods', { caller: bufdir });
    return body.items.find((p: { name: string }) => p.name === name).id;
  };
  const periodCount = async (): Promise<number> =>
    (await api.call('GET', '/periods', { caller: bufdir })).body.items.length;

  beforeAll(async () => {
    testDb = await createReportingTestDatabase('periods');
    await seedBundledReferenceData(testDb.dataSource);
    await seedReportingPeriods(testDb.dataSource);
    api = await startReportingApp(testDb.db.url);
  });

  afterAll(async () => {
    await api?.close();
    await testDb?.drop();
  });

  describe('reading', () => {
    it('lists the seeded periods newest first to any logged-in user', async () => {
      const { status, body } = await api.call('GET', '/periods', {
        caller: withoutRole,
      });

      expect(status).toBe(200);
      expect(body.items.map((p: { name: string }) => p.name)).toEqual([
        '2. halvår 2026',
        '1. halvår 2026',
        '2. halvår 2025',
        '1. halvår 2023',
        '2. halvår 2016',
      ]);
    });

    it('has the deadlines of the 2016 letter for 2. halvår 2016, with form version 1', async () => {
      const id = await periodIdOf('2. halvår 2016');

      const { status, body } = await api.call('GET', `/periods/${id}`, {
        caller: bergenReporter,
      });

      expect(status).toBe(200);
      expect(body).toMatchObject({
        id,
        name: '2. halvår 2016',
        year: 2016,
        half: 2,
        startsOn: '2016-07-01',
        endsOn: '2016-12-31',
        kommuneDeadline: '2017-01-20',
        statsforvalterDeadline: '2017-02-08',
        formVersion: 1,
        reminderLeadDays: 7,
        createdBy: 'system:seed',
      });
    });

    it('has the dates of the 2023 letter for 1. halvår 2023, with form version 2', async () => {
      const id = await periodIdOf('1. halvår 2023');

      const { body } = await api.call('GET', `/periods/${id}`, {
        caller: vestlandCaseworker,
      });

      expect(body).toMatchObject({
        name: '1. halvår 2023',
        startsOn: '2023-01-01',
        endsOn: '2023-06-30',
        opensOn: '2023-07-03',
        kommuneDeadline: '2023-08-18',
        statsforvalterDeadline: '2023-08-25',
        formVersion: 2,
      });
    });

    it('answers 404 for an unknown period and 400 for an id that is not one', async () => {
      const unknown = await api.call('GET', '/periods/999999', {
        caller: bufdir,
      });
      const malformed = await api.call('GET', '/periods/first', {
        caller: bufdir,
      });

      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({
        code: ErrorCode.PERIOD_NOT_FOUND,
        message: 'There is no reporting period 999999',
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toBe(
        'Invalid period id: expected a period id (a positive whole number)',
      );
    });
  });

  describe('creating and changing', () => {
    it('lets Bufdir add a period, which is then listed', async () => {
      // given: no reminder lead time, so the default applies
      const body = periodBody({ year: 2027 });
      delete body['reminderLeadDays'];

      // when
      const created = await api.call('POST', '/periods', {
        caller: bufdir,
        body,
      });

      // then
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: '1. halvår 2027',
        opensOn: '2027-07-01',
        kommuneDeadline: '2027-08-18',
        statsforvalterDeadline: '2027-08-25',
        formVersion: 2,
        reminderLeadDays: 7,
        createdBy: bufdir.id,
        updatedBy: bufdir.id,
      });
      const fetched = await api.call('GET', `/periods/${created.body.id}`, {
        caller: bergenReporter,
      });
      expect(fetched.body).toEqual(created.body);
      const list = await api.call('GET', '/periods', { caller: bufdir });
      expect(list.body.items[0].name).toBe('1. halvår 2027');
    });

    it('lets a platform admin add a period too', async () => {
      const { status, body } = await api.call('POST', '/periods', {
        caller: platformAdmin,
        body: periodBody({ reminderLeadDays: 14 }),
      });

      expect(status).toBe(201);
      expect(body).toMatchObject({
        createdBy: platformAdmin.id,
        reminderLeadDays: 14,
      });
    });

    it('lets Bufdir move the deadlines of a period, keeping who created it', async () => {
      // given
      const terms = periodBody();
      const created = (
        await api.call('POST', '/periods', {
          caller: platformAdmin,
          body: terms,
        })
      ).body;

      // when
      const moved = await api.call('PUT', `/periods/${created.id}`, {
        caller: bufdir,
        body: {
          ...terms,
          kommuneDeadline: `${created.year}-08-21`,
          statsforvalterDeadline: `${created.year}-08-28`,
        },
      });

      // then
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        id: created.id,
        kommuneDeadline: `${created.year}-08-21`,
        statsforvalterDeadline: `${created.year}-08-28`,
        createdBy: platformAdmin.id,
        createdAt: created.createdAt,
        updatedBy: bufdir.id,
      });
      expect(Date.parse(moved.body.updatedAt)).toBeGreaterThanOrEqual(
        Date.parse(created.updatedAt),
      );
      const fetched = await api.call('GET', `/periods/${created.id}`, {
        caller: bergenReporter,
      });
      expect(fetched.body.kommuneDeadline).toBe(`${created.year}-08-21`);
    });

    it('refuses a second period for a half-year with 409, naming the existing one', async () => {
      const existingId = await periodIdOf('1. halvår 2023');

      const { status, body } = await api.call('POST', '/periods', {
        caller: bufdir,
        body: periodBody({
          year: 2023,
          opensOn: '2023-07-03',
          kommuneDeadline: '2023-08-18',
          statsforvalterDeadline: '2023-08-25',
        }),
      });

      expect(status).toBe(409);
      expect(body).toEqual({
        statusCode: 409,
        code: ErrorCode.PERIOD_EXISTS,
        message: `1. halvår 2023 already exists (period ${existingId}); change that one instead`,
        existingPeriodId: existingId,
      });
    });

    it('refuses with 409 to move a period onto a half-year that has one', async () => {
      const created = (
        await api.call('POST', '/periods', {
          caller: bufdir,
          body: periodBody(),
        })
      ).body;

      const { status, body } = await api.call('PUT', `/periods/${created.id}`, {
        caller: bufdir,
        body: periodBody({
          year: 2026,
          opensOn: '2026-07-01',
          kommuneDeadline: '2026-08-18',
          statsforvalterDeadline: '2026-08-25',
        }),
      });

      expect(status).toBe(409);
      expect(body.code).toBe(ErrorCode.PERIOD_EXISTS);
      expect(body.message).toMatch(/^1\. halvår 2026 already exists/);
    });

    it('answers 404 when changing a period that does not exist', async () => {
      const { status, body } = await api.call('PUT', '/periods/999999', {
        caller: bufdir,
        body: periodBody(),
      });

      expect(status).toBe(404);
      expect(body.code).toBe(ErrorCode.PERIOD_NOT_FOUND);
    });
  });

  describe('validation', () => {
    it.each([
      ['half 3', { half: 3 }, 'half: must be 1 (1. halvår) or 2 (2. halvår)'],
      [
        'a year before 2000',
        { year: 1999 },
        'year: must be a year from 2000 to 2100',
      ],
      [
        'a year after 2100',
        { year: 2101 },
        'year: must be a year from 2000 to 2100',
      ],
      [
        'a day that does not exist',
        { kommuneDeadline: '2050-02-30' },
        'kommuneDeadline: expected a date as YYYY-MM-DD',
      ],
      [
        'a Norwegian-style date',
        { opensOn: '01.07.2050' },
        'opensOn: expected a date as YYYY-MM-DD',
      ],
      [
        'a missing deadline',
        { statsforvalterDeadline: undefined },
        'statsforvalterDeadline: is required',
      ],
      [
        'opening after the kommune deadline',
        { opensOn: '2050-08-19' },
        'opensOn: must be on or before the kommune deadline (2050-08-18)',
      ],
      [
        'the Statsforvalter deadline on the kommune deadline',
        { statsforvalterDeadline: '2050-08-18' },
        'statsforvalterDeadline: must be after the kommune deadline (2050-08-18)',
      ],
      [
        'the Statsforvalter deadline before the kommune deadline',
        { statsforvalterDeadline: '2050-08-11' },
        'statsforvalterDeadline: must be after the kommune deadline (2050-08-18)',
      ],
      [
        'opening on the first day of the period',
        { opensOn: '2050-01-01' },
        'opensOn: must be after 1. halvår 2050 starts (2050-01-01)',
      ],
      [
        'form version 0',
        { formVersion: 0 },
        'formVersion: must be a whole number of at least 1',
      ],
      [
        'a fractional form version',
        { formVersion: 1.5 },
        'formVersion: must be a whole number of at least 1',
      ],
      [
        'a form version this service does not have',
        { formVersion: 99 },
        'formVersion: must be a form version this service knows (1, 2)',
      ],
      [
        'a negative reminder lead time',
        { reminderLeadDays: -1 },
        'reminderLeadDays: must be a whole number of days from 0 to 60',
      ],
      [
        'an unknown field',
        { deadline: '2050-08-18' },
        'Unrecognized key: "deadline"',
      ],
    ])('refuses %s with 400 and says why', async (_case, change, message) => {
      // given
      const before = await periodCount();
      const body = { ...periodBody({ year: 2050 }), ...change };

      // when
      const created = await api.call('POST', '/periods', {
        caller: bufdir,
        body,
      });
      const updated = await api.call(
        'PUT',
        `/periods/${await periodIdOf('2. halvår 2026')}`,
        { caller: bufdir, body },
      );

      // then
      for (const reply of [created, updated]) {
        expect(reply.status).toBe(400);
        expect(reply.body).toMatchObject({
          code: ErrorCode.VALIDATION_FAILED,
          message: `Invalid period: ${message}`,
        });
      }
      await expect(periodCount()).resolves.toBe(before);
      const unchanged = await api.call(
        'GET',
        `/periods/${await periodIdOf('2. halvår 2026')}`,
        { caller: bufdir },
      );
      expect(unchanged.body.kommuneDeadline).toBe('2027-01-20');
    });
  });

  describe('access', () => {
    it.each([
      ['a unit reporter', bergenReporter],
      ['a Statsforvalter caseworker', vestlandCaseworker],
      ['someone without a role', withoutRole],
    ])(
      'refuses %s to create or change a period (403)',
      async (_who, caller) => {
        const id = await periodIdOf('2. halvår 2026');

        const created = await api.call('POST', '/periods', {
          caller,
          body: periodBody(),
        });
        const changed = await api.call('PUT', `/periods/${id}`, {
          caller,
          body: periodBody({ year: 2026, half: 2 }),
        });

        for (const reply of [created, changed]) {
          expect(reply.status).toBe(403);
          expect(reply.body).toMatchObject({
            code: ErrorCode.FORBIDDEN,
            message: 'This needs one of the roles: bufdir, platform-admin',
          });
        }
      },
    );

    it.each([
      ['GET', '/periods'],
      ['GET', '/periods/1'],
      ['POST', '/periods'],
      ['PUT', '/periods/1'],
    ])('refuses %s %s without a token (401)', async (method, path) => {
      const { status, body } = await api.call(method, path, {
        body: method === 'GET' ? undefined : periodBody(),
      });

      expect(status).toBe(401);
      expect(body).toMatchObject({
        code: ErrorCode.UNAUTHENTICATED,
        message: 'Log in to use this service',
      });
    });

    it('refuses a token meant for another service, and an expired one (401)', async () => {
      const forWorkflow = await api.tokens.bearer({
        audience: 'workflow',
        grants: bufdir.grants,
      });
      const expired = await api.tokens.bearer({
        audience: 'reporting',
        grants: bufdir.grants,
        expiresIn: -60,
      });

      const wrongAudience = await api.call('POST', '/periods', {
        authorization: forWorkflow,
        body: periodBody(),
      });
      const tooLate = await api.call('GET', '/periods', {
        authorization: expired,
      });

      expect(wrongAudience.status).toBe(401);
      expect(wrongAudience.body.message).toBe(
        'The access token is not meant for this service',
      );
      expect(tooLate.status).toBe(401);
      expect(tooLate.body.message).toBe(
        'The access token has expired: log in again',
      );
    });

    it.each([
      '/reference-data/fylker',
      '/reference-data/statsforvalter-offices',
      '/reference-data/statsforvalter-offices/sf-vestland/kommuner',
      '/reference-data/kommuner?q=berg',
      '/reference-data/kommuner/4601',
      '/reference-data/reporting-units?office=sf-oslo-viken',
      '/health',
    ])('still answers %s without a token', async (path) => {
      const { status } = await api.get(path);

      expect(status).toBe(200);
    });
  });
});
