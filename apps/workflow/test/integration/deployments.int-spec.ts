import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventually } from '../support/external-task-consumer';
import { halvarsrapportStart } from '../support/halvarsrapport.factory';
import {
  createWorkflowWorld,
  REPO_BPMN_DIR,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

const halvarsrapport = readFileSync(
  resolve(REPO_BPMN_DIR, 'halvarsrapport.bpmn'),
  'utf8',
);
const MIWG_DIR = resolve(__dirname, '../fixtures/miwg');

describe('deployments', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;

  beforeAll(async () => {
    world = await createWorkflowWorld('deployments');
    api = await world.start();
  });
  afterAll(() => world.close());

  /** The half-year report's definition among every model in bpmn/. */
  const halvarsrapportDefinition = async () =>
    (
      (await api.call('GET', '/definitions')).body as Array<{
        key: string;
        versions: Array<{ version: number }>;
      }>
    ).find((definition) => definition.key === 'halvarsrapport');

  it('deploys the models in bpmn/ at start-up, and again only when a file changed', async () => {
    const definition = await halvarsrapportDefinition();
    expect(definition).toMatchObject({
      key: 'halvarsrapport',
      name: 'Halvårsrapport',
      versions: [
        expect.objectContaining({
          version: 1,
          deployedBy: 'system:halvarsrapport.bpmn',
        }),
      ],
    });
    await api.close();
    api = await world.start();
    expect((await halvarsrapportDefinition())?.versions).toHaveLength(1);
  });

  it('answers an unchanged model with 200 and no new version, a changed one with 201 and the next version', async () => {
    const same = await api.call('POST', '/definitions', {
      xml: halvarsrapport,
    });
    expect(same).toMatchObject({
      status: 200,
      body: { key: 'halvarsrapport', version: 1, created: false },
    });
    const renamed = halvarsrapport.replace(
      'name="Kontroll statsforvalter"',
      'name="Kontroll hos statsforvalteren"',
    );
    const changed = await api.call('POST', '/definitions', { xml: renamed });
    expect(changed).toMatchObject({
      status: 201,
      body: { version: 2, created: true },
    });
    const xml = await api.call(
      'GET',
      '/definitions/halvarsrapport/versions/2/xml',
    );
    expect(xml.text).toBe(renamed);
    expect(
      (await api.call('GET', '/definitions/halvarsrapport/versions/9/xml'))
        .status,
    ).toBe(404);
  });

  it("publishes an older version's model again as the newest version (a rollback), which a restart keeps", async () => {
    // given version 2 differs from the file in bpmn/ (version 1)
    const latestBefore = (await halvarsrapportDefinition())?.versions[0]
      .version as number;
    expect(latestBefore).toBeGreaterThan(1);

    // when the admin publishes version 1's model again
    const rollback = await api.call('POST', '/definitions', {
      xml: halvarsrapport,
    });

    // then it is a new version, and publishing it twice is not
    expect(rollback).toMatchObject({
      status: 201,
      body: { version: latestBefore + 1, created: true },
    });
    expect(
      (await api.call('POST', '/definitions', { xml: halvarsrapport })).body,
    ).toMatchObject({ version: latestBefore + 1, created: false });
    // …and the start-up deployer, which finds the file already deployed, adds nothing
    await api.close();
    api = await world.start();
    expect((await halvarsrapportDefinition())?.versions[0].version).toBe(
      latestBefore + 1,
    );
  });

  it('lets a running instance finish on the version it started on', async () => {
    // given an instance on the current version, then a new version deployed
    const versionBefore = (await halvarsrapportDefinition())?.versions[0]
      .version as number;
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    const newer = halvarsrapport.replace(
      'name="Kontroll statsforvalter"',
      'name="Kontroll, versjon 3"',
    );
    expect(
      (await api.call('POST', '/definitions', { xml: newer })).body.version,
    ).toBe(versionBefore + 1);

    // when the old instance is completed and a new one started
    await api.call('POST', `/tasks/${started.body.tasks[0].id}/complete`, {
      principal: vestland,
      body: { idempotencyKey: 'old-version-01', variables: { approved: true } },
    });
    const fresh = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });

    // then the old one ran its own version, the new one the newest
    const old = await eventually(async () => {
      const body = (
        await api.call('GET', `/process-instances/${started.body.id}`)
      ).body;
      return body.currentActivities[0]?.id === 'Task_videresend' ? body : null;
    });
    expect(old.definitionVersion).toBe(versionBefore);
    expect(old.tasks[0].name).not.toBe('Kontroll, versjon 3');
    expect(fresh.body).toMatchObject({
      definitionVersion: versionBefore + 1,
      tasks: [expect.objectContaining({ name: 'Kontroll, versjon 3' })],
    });
  });

  it('rejects an invalid model with 422 listing each problem with its element id', async () => {
    const broken = halvarsrapport
      .replace(
        'camunda:formKey="halvarsrapport:kontroll"',
        'camunda:formKey="ukjent-skjema"',
      )
      .replace(
        'camunda:topic="reporting.forward-report"',
        'camunda:topic="ukjent.emne"',
      );
    const reply = await api.call('POST', '/definitions', { xml: broken });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('WORKFLOW.MODEL_INVALID');
    expect(reply.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          elementId: 'Task_kontroll',
          rule: 'bvr/user-task-form-key',
        }),
        expect.objectContaining({
          elementId: 'Task_videresend',
          rule: 'bvr/external-task-topic',
        }),
      ]),
    );
    expect(
      (await api.call('POST', '/definitions', { xml: '<bpmn:definitions' }))
        .status,
    ).toBe(422);
    expect((await api.call('POST', '/definitions', { xml: '' })).status).toBe(
      400,
    );
  });

  it('answers every MIWG reference model with a verdict, never a 500', async () => {
    const files = readdirSync(MIWG_DIR).filter((file) =>
      file.endsWith('.bpmn'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const reply = await api.call('POST', '/definitions', {
        xml: readFileSync(resolve(MIWG_DIR, file), 'utf8'),
      });
      expect([200, 201, 422]).toContain(reply.status);
      if (reply.status === 422) {
        expect(reply.body.problems.length).toBeGreaterThan(0);
        for (const problem of reply.body.problems)
          expect(problem.message).toEqual(expect.any(String));
      }
    }
  });

  it('is for admins: others get 403, strangers 401', async () => {
    expect(
      (await api.call('GET', '/definitions', { principal: vestland })).status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', '/definitions', {
          principal: vestland,
          xml: halvarsrapport,
        })
      ).status,
    ).toBe(403);
    expect(
      (await api.call('GET', '/definitions', { principal: null })).status,
    ).toBe(401);
    // The stand-in header of the time before identity names nobody any more.
    const named = await fetch(`${await api.app.getUrl()}/definitions`, {
      headers: { 'x-test-principal': '{"id":"x","groups":["admin"]}' },
    });
    expect(named.status).toBe(401);
    expect(
      (await api.call('GET', '/process-instances', { principal: vestland }))
        .status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', '/messages', {
          principal: vestland,
          body: { name: 'x', businessKey: 'y' },
        })
      ).status,
    ).toBe(403);
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    const instancePath = `/process-instances/${started.body.id}`;
    expect(
      (await api.call('GET', instancePath, { principal: vestland })).status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', `${instancePath}/cancel`, {
          principal: vestland,
          body: { reason: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', '/process-instances', {
          principal: vestland,
          body: halvarsrapportStart(),
        })
      ).status,
    ).toBe(403);
    expect(
      (await api.call('GET', '/incidents', { principal: vestland })).status,
    ).toBe(403);
  });

  it('cancels an instance with a reason, closing its open task', async () => {
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    expect(
      (
        await api.call('POST', `/process-instances/${started.body.id}/cancel`, {
          body: {},
        })
      ).status,
    ).toBe(400);
    const cancelled = await api.call(
      'POST',
      `/process-instances/${started.body.id}/cancel`,
      { body: { reason: 'Sendt inn to ganger' } },
    );
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Sendt inn to ganger',
      tasks: [expect.objectContaining({ status: 'cancelled' })],
    });
    const again = await api.call(
      'POST',
      `/process-instances/${started.body.id}/cancel`,
      { body: { reason: 'igjen' } },
    );
    expect(again).toMatchObject({
      status: 409,
      body: { code: 'WORKFLOW.INSTANCE_NOT_RUNNING' },
    });
    expect(
      (
        await api.call('POST', '/process-instances', {
          body: { definitionKey: 'finnes-ikke' },
        })
      ).status,
    ).toBe(404);
  });
});
