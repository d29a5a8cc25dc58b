import type { HistoryEvent, Incident } from './process-api';
import {
  activityName,
  activityRows,
  definitionTotals,
  instancePath,
  isDiagramPath,
  isFlowNode,
  openIncidents,
  parsePage,
  parseVersion,
} from './process-diagram';

describe('route parameters', () => {
  it('takes only positive whole versions', () => {
    expect(parseVersion('3')).toBe(3);
    expect(parseVersion('03')).toBeNull();
    expect(parseVersion('0')).toBeNull();
    expect(parseVersion('1.5')).toBeNull();
    expect(parseVersion(null)).toBeNull();
    expect(parsePage('x')).toBe(1);
    expect(parsePage('4')).toBe(4);
  });

  it('matches <key>/<version>, not instanser/<id> or rediger/<key>', () => {
    expect(isDiagramPath(['halvarsrapport', '2'])).toBe(true);
    expect(isDiagramPath(['instanser', '2'])).toBe(false);
    expect(isDiagramPath(['rediger', '2'])).toBe(false);
    expect(isDiagramPath(['halvarsrapport', 'x'])).toBe(false);
    expect(isDiagramPath(['halvarsrapport'])).toBe(false);
  });
});

describe('isFlowNode', () => {
  it('is true for tasks, events, gateways and sub-processes only', () => {
    for (const type of [
      'bpmn:UserTask',
      'bpmn:ServiceTask',
      'bpmn:StartEvent',
      'bpmn:IntermediateCatchEvent',
      'bpmn:ExclusiveGateway',
      'bpmn:SubProcess',
      'bpmn:CallActivity',
    ])
      expect(isFlowNode(type)).toBe(true);
    for (const type of [
      'label',
      'bpmn:SequenceFlow',
      'bpmn:Process',
      'bpmn:Participant',
      'bpmn:Lane',
      'bpmn:TextAnnotation',
      'bpmn:DataObjectReference',
    ])
      expect(isFlowNode(type)).toBe(false);
  });
});

const elements = [
  { id: 'Start', type: 'bpmn:StartEvent', name: null },
  { id: 'Kontroll', type: 'bpmn:UserTask', name: 'Kontroll' },
  { id: 'Send', type: 'bpmn:ServiceTask', name: 'Send brev' },
];

describe('activityRows', () => {
  it('lists activities with instances in the diagram order, with names', () => {
    expect(
      activityRows(elements, [
        { activityId: 'Send', waiting: 1, incidents: 1 },
        { activityId: 'Kontroll', waiting: 4, incidents: 0 },
        { activityId: 'Start', waiting: 0, incidents: 0 },
      ]),
    ).toEqual([
      {
        id: 'Kontroll',
        name: 'Kontroll',
        type: 'bpmn:UserTask',
        waiting: 4,
        incidents: 0,
      },
      {
        id: 'Send',
        name: 'Send brev',
        type: 'bpmn:ServiceTask',
        waiting: 1,
        incidents: 1,
      },
    ]);
  });

  it('keeps counts for ids the diagram lacks, named by id (also before it is drawn)', () => {
    expect(
      activityRows([], [{ activityId: 'Gammel', waiting: 2, incidents: 0 }]),
    ).toEqual([
      { id: 'Gammel', name: 'Gammel', type: null, waiting: 2, incidents: 0 },
    ]);
  });

  it('names an activity, or falls back to its id', () => {
    expect(activityName(elements, 'Send')).toBe('Send brev');
    expect(activityName(elements, 'Start')).toBe('Start');
    expect(activityName(elements, 'Ukjent')).toBe('Ukjent');
  });
});

describe('definitionTotals', () => {
  const version = (running: number | null, incidents: number | null) => ({
    id: 'x',
    version: 1,
    deployedAt: null,
    deployedBy: null,
    deployedByName: null,
    contentHash: null,
    changeNote: null,
    runningInstances: running,
    openIncidents: incidents,
  });

  it('sums over versions', () => {
    expect(definitionTotals([version(3, 1), version(2, null)])).toEqual({
      runningInstances: 5,
      openIncidents: 1,
    });
  });

  it('is null when no version has the number', () => {
    expect(definitionTotals([version(null, null)])).toEqual({
      runningInstances: null,
      openIncidents: null,
    });
    expect(definitionTotals([])).toEqual({
      runningInstances: null,
      openIncidents: null,
    });
  });
});

const event = (
  type: string,
  activityId: string | null,
  id = `${type}-${activityId}`,
): HistoryEvent => ({
  id,
  type,
  activityId,
  activityName: null,
  activityType: null,
  actor: null,
  at: null,
  data: null,
});

const incident = (activityId: string, resolvedAt: string | null): Incident => ({
  id: `i-${activityId}`,
  instanceId: null,
  activityId,
  topic: null,
  error: null,
  createdAt: null,
  resolvedAt,
  resolvedBy: null,
});

describe('instancePath', () => {
  const flows = [
    { id: 'F1', sourceId: 'Start', targetId: 'Kontroll' },
    { id: 'F2', sourceId: 'Kontroll', targetId: 'Send' },
    { id: 'F3', sourceId: 'Kontroll', targetId: 'Korriger' },
    { id: 'F4', sourceId: 'Send', targetId: 'End' },
  ];

  it('marks what the instance passed, where it is, where it failed, and the flows between', () => {
    const path = instancePath(
      [
        event('instance.started', null),
        event('activity.entered', 'Start'),
        event('activity.left', 'Start'),
        event('activity.entered', 'Kontroll'),
        event('task.completed', 'Kontroll'),
        event('activity.left', 'Kontroll'),
        event('activity.entered', 'Send'),
        event('job.failed', 'Send'),
      ],
      [{ id: 'Send', name: 'Send brev', type: 'bpmn:ServiceTask' }],
      [incident('Send', null), incident('Kontroll', '2026-01-01T00:00:00Z')],
      flows,
    );
    expect(path).toEqual({
      passed: ['Start', 'Kontroll'],
      current: ['Send'],
      failed: ['Send'],
      flows: ['F1', 'F2'],
    });
  });

  it('counts a current activity as passed too when the instance looped through it', () => {
    const path = instancePath(
      [
        event('activity.entered', 'Kontroll', '1'),
        event('activity.left', 'Kontroll', '2'),
        event('activity.entered', 'Korriger', '3'),
        event('activity.left', 'Korriger', '4'),
        event('activity.entered', 'Kontroll', '5'),
      ],
      [{ id: 'Kontroll', name: null, type: null }],
      [],
      [...flows, { id: 'F5', sourceId: 'Korriger', targetId: 'Kontroll' }],
    );
    expect(path.passed).toEqual(['Kontroll', 'Korriger']);
    expect(path.current).toEqual(['Kontroll']);
    expect(path.flows).toEqual(['F3', 'F5']);
  });

  it('works without flows or history', () => {
    expect(instancePath([], [], [])).toEqual({
      passed: [],
      current: [],
      failed: [],
      flows: [],
    });
  });
});

describe('openIncidents', () => {
  it('keeps those not retried', () => {
    expect(
      openIncidents([incident('A', null), incident('B', 'x')]).map(
        (item) => item.activityId,
      ),
    ).toEqual(['A']);
  });
});
