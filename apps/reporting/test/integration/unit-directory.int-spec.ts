/**
 * Office grants and the reference data: which Statsforvalter office controls a kommune or bydel, as the
 * auth guard asks it through the `UnitDirectory`.
 * Real: PostgreSQL, Redis, migrations, the bundled reference data, the reporting module and its guard.
 * Added for the test only: one controller that uses `@RequireUnitScope`, since no reporting route does yet.
 */
import {
  RequireUnitScope,
  UNIT_DIRECTORY,
  type UnitDirectory,
} from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import {
  ReportingTestApp,
  startReportingApp,
} from '../support/reporting-test-app';
import {
  createReportingTestDatabase,
  ReportingTestDatabase,
  seedBundledReferenceData,
} from '../support/reporting-test-database';
import {
  bergenReporter,
  osloVikenCaseworker,
  vestlandCaseworker,
} from '../support/test-callers';

@Controller('probe')
class UnitScopeProbeController {
  @Get('units/:unitId')
  @RequireUnitScope({
    roles: [Role.STATSFORVALTER_CASEWORKER, Role.UNIT_REPORTER],
    from: { param: 'unitId' },
  })
  unit(@Param('unitId') unitId: string) {
    return { unitId };
  }
}

describe('the unit directory backed by the reference data', () => {
  let testDb: ReportingTestDatabase;
  let api: ReportingTestApp;
  let directory: UnitDirectory;

  beforeAll(async () => {
    testDb = await createReportingTestDatabase('unit-directory');
    await seedBundledReferenceData(testDb.dataSource);
    api = await startReportingApp(testDb.db.url, {
      controllers: [UnitScopeProbeController],
    });
    directory = api.app.get<UnitDirectory>(UNIT_DIRECTORY, { strict: false });
  });

  afterAll(async () => {
    await api?.close();
    await testDb?.drop();
  });

  it.each([
    ['4601', 'Bergen', 'sf-vestland'],
    ['030101', 'Gamle Oslo, a bydel of Oslo', 'sf-oslo-viken'],
    ['0301', 'Oslo as a whole', 'sf-oslo-viken'],
    ['1103', 'Stavanger', 'sf-rogaland'],
  ])('says %s (%s) is controlled by %s', async (unitId, _name, office) => {
    await expect(directory.officeOf(unitId)).resolves.toBe(office);
  });

  it.each([
    ['9999', 'a kommune that does not exist'],
    ['030199', 'a bydel number Oslo does not have'],
    ['460109', 'a bydel number Bergen does not have'],
    ['sf-vestland', 'something that is not a unit'],
  ])('knows no office for %s (%s)', async (unitId) => {
    await expect(directory.officeOf(unitId)).resolves.toBeNull();
  });

  it("lets an office grant act for the office's kommuner and bydeler, and no others", async () => {
    const call = (caller: typeof vestlandCaseworker, unitId: string) =>
      api.call('GET', `/probe/units/${unitId}`, { caller });

    await expect(call(vestlandCaseworker, '4601')).resolves.toMatchObject({
      status: 200,
      body: { unitId: '4601' },
    });
    await expect(call(osloVikenCaseworker, '030101')).resolves.toMatchObject({
      status: 200,
    });
    await expect(call(vestlandCaseworker, '030101')).resolves.toMatchObject({
      status: 403,
      body: { message: 'You have no access to unit 030101' },
    });
    await expect(call(osloVikenCaseworker, '4601')).resolves.toMatchObject({
      status: 403,
    });
    await expect(call(bergenReporter, '4601')).resolves.toMatchObject({
      status: 200,
    });
  });
});
