import {
  cancelReasonProblem,
  countText,
  diagramLabel,
  diagramLink,
  editLink,
  elementTypeLabel,
  formatDateTime,
  formatTimestamp,
  historyEventLabel,
  incidentLabel,
  instanceLink,
  instanceStatusLabel,
  pathLabel,
  taskStatusLabel,
  variableText,
  waitingLabel,
  deployerLabel,
} from './process-labels';

describe('links', () => {
  it('points into /admin/prosesser', () => {
    expect(diagramLink('rapport', 3)).toEqual([
      '/admin/prosesser',
      'rapport',
      '3',
    ]);
    expect(instanceLink('id')).toEqual(['/admin/prosesser', 'instanser', 'id']);
    expect(editLink('rapport')).toEqual([
      '/admin/prosesser',
      'rediger',
      'rapport',
    ]);
  });
});

describe('labels', () => {
  it('names statuses, events and element types in Norwegian, and passes unknown ones through', () => {
    expect(instanceStatusLabel('running')).toBe('Pågår');
    expect(instanceStatusLabel('suspended')).toBe('suspended');
    expect(taskStatusLabel('completed')).toBe('Løst');
    expect(taskStatusLabel(null)).toBe('');
    expect(historyEventLabel('job.failed')).toBe('Jobb feilet');
    expect(historyEventLabel('new.type')).toBe('new.type');
    expect(elementTypeLabel('bpmn:UserTask')).toBe('Brukeroppgave');
    expect(elementTypeLabel('bpmn:ComplexGateway')).toBe('ComplexGateway');
    expect(elementTypeLabel(null)).toBe('');
  });

  it('counts in Norwegian', () => {
    expect(waitingLabel(1)).toBe('1 instans venter');
    expect(waitingLabel(4)).toBe('4 instanser venter');
    expect(incidentLabel(2)).toBe('2 feil');
    expect(countText(null)).toBe('–');
    expect(countText(0)).toBe('0');
  });

  it('describes the diagram for its accessible name', () => {
    expect(diagramLabel('Halvårsrapport', 2, 1)).toBe(
      'Prosessdiagram for Halvårsrapport, versjon 2, med 1 aktivitet. Tallene står også i listen over aktiviteter.',
    );
    expect(pathLabel('Halvårsrapport', 2, ['Kontroll'])).toContain(
      'Står nå i: Kontroll.',
    );
    expect(pathLabel('Halvårsrapport', 2, [])).not.toContain('Står nå');
  });

  it('shows variables as text', () => {
    expect(variableText('tekst')).toBe('tekst');
    expect(variableText(42)).toBe('42');
    expect(variableText({ a: [1] })).toBe('{"a":[1]}');
    expect(variableText(null)).toBe('null');
    expect(variableText(undefined)).toBe('');
  });
});

describe('deployerLabel', () => {
  it('names the person, the start-up deployer by its file, else the recorded id', () => {
    expect(
      deployerLabel({ deployedBy: 'a27f', deployedByName: 'Maria Haugen' }),
    ).toBe('Maria Haugen');
    expect(
      deployerLabel({
        deployedBy: 'system:halvarsrapport.bpmn',
        deployedByName: null,
      }),
    ).toBe('Systemet (bpmn/halvarsrapport.bpmn)');
    expect(
      deployerLabel({ deployedBy: 'client-7', deployedByName: null }),
    ).toBe('client-7');
  });
});

describe('dates in Norwegian time', () => {
  it('formats in Europe/Oslo, summer and winter', () => {
    expect(formatDateTime('2026-07-01T10:05:00.000Z')).toBe(
      '01.07.2026, 12:05',
    );
    expect(formatDateTime('2026-01-15T23:30:00.000Z')).toBe(
      '16.01.2026, 00:30',
    );
    expect(formatTimestamp('2026-01-15T23:30:09.000Z')).toBe(
      '16.01.2026, 00:30:09',
    );
  });

  it('is empty for no date or a broken one', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatTimestamp('not a date')).toBe('');
  });
});

describe('cancelReasonProblem', () => {
  it('requires a reason, and at most 2000 characters', () => {
    expect(cancelReasonProblem('  ')).toBe('Skriv hvorfor instansen avbrytes.');
    expect(cancelReasonProblem('x'.repeat(2001))).toContain('2000');
    expect(cancelReasonProblem(' Feil kommune ')).toBeNull();
  });
});
