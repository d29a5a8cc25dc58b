import { halvarsrapportStart } from '../support/halvarsrapport.factory';
import {
  createWorkflowWorld,
  oslo,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

describe('the inbox query', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;

  beforeAll(async () => {
    world = await createWorkflowWorld('inbox');
    api = await world.start();
    const units = [
      ['4601', 'Bergen', 'sf-vestland'],
      ['4602', 'Kinn', 'sf-vestland'],
      ['4640', 'Sogndal', 'sf-vestland'],
      ['0301', 'Oslo', 'sf-oslo-viken'],
    ];
    for (const [i, [id, name, office]] of units.entries()) {
      const start = halvarsrapportStart({
        reportingUnitId: id,
        reportingUnitName: name,
        responsibleOfficeId: office,
        submittedAt: `2026-08-0${i + 1}T10:00:00Z`,
        controlDueAt: `2026-08-2${4 - i}T22:00:00Z`,
      });
      expect(
        (await api.call('POST', '/process-instances', { body: start })).status,
      ).toBe(201);
    }
  });
  afterAll(() => world.close());

  const inbox = async (query: string, principal = vestland) =>
    (await api.call('GET', `/tasks?${query}`, { principal })).body;
  const units = (page: { items: Array<{ reportingUnit: { name: string } }> }) =>
    page.items.map((item) => item.reportingUnit.name);

  it('shows an office only its own tasks, newest submission first', async () => {
    expect(units(await inbox('state=open'))).toEqual([
      'Sogndal',
      'Kinn',
      'Bergen',
    ]);
    expect(units(await inbox('state=open', oslo))).toEqual(['Oslo']);
  });

  it('sorts by unit, due date and submission in both directions', async () => {
    expect(units(await inbox('sort=unit&order=asc'))).toEqual([
      'Bergen',
      'Kinn',
      'Sogndal',
    ]);
    expect(units(await inbox('sort=due&order=asc'))).toEqual([
      'Sogndal',
      'Kinn',
      'Bergen',
    ]);
    expect(units(await inbox('sort=submitted&order=asc'))).toEqual([
      'Bergen',
      'Kinn',
      'Sogndal',
    ]);
  });

  it('filters by reporting unit, task name, process and free text', async () => {
    expect(units(await inbox('reportingUnit=4602'))).toEqual(['Kinn']);
    expect((await inbox('taskName=Kontroll%20statsforvalter')).total).toBe(3);
    expect((await inbox('process=tilgangssoknad')).total).toBe(0);
    expect(units(await inbox('text=sogn'))).toEqual(['Sogndal']);
    expect((await inbox('text=100%25')).total).toBe(0);
  });

  it('pages with a total count', async () => {
    const first = await inbox('pageSize=2&page=1&sort=unit&order=asc');
    const second = await inbox('pageSize=2&page=2&sort=unit&order=asc');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(units(first)).toEqual(['Bergen', 'Kinn']);
    expect(units(second)).toEqual(['Sogndal']);
  });

  it('moves a completed task from "Åpne oppgaver" to "Løste oppgaver"', async () => {
    const [task] = (await inbox('reportingUnit=4640')).items;
    await api.call('POST', `/tasks/${task.id}/complete`, {
      principal: vestland,
      body: { idempotencyKey: 'archive-0001', variables: { approved: true } },
    });
    expect(units(await inbox('state=open'))).toEqual(['Kinn', 'Bergen']);
    const solved = await inbox('state=solved');
    expect(solved.items).toEqual([
      expect.objectContaining({
        id: task.id,
        status: 'completed',
        completedBy: vestland.id,
      }),
    ]);
    expect((await inbox('state=solved', oslo)).total).toBe(0);
    expect((await inbox('state=open')).total).toBe(2);
    expect(solved.total).toBe(1);
  });

  it('keeps the totals right when an instance is cancelled', async () => {
    const [task] = (await inbox('reportingUnit=4602')).items;
    await api.call(
      'POST',
      `/process-instances/${task.processInstanceId}/cancel`,
      { body: { reason: 'Feil enhet' } },
    );
    expect(await inbox('state=open')).toMatchObject({
      total: 1,
      items: [
        expect.objectContaining({
          reportingUnit: { id: '4601', name: 'Bergen' },
        }),
      ],
    });
    expect((await inbox('state=solved')).total).toBe(2);
    expect((await inbox('state=solved&status=cancelled')).total).toBe(1);
  });
});
