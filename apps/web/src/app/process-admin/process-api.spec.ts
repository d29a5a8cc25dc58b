import {
  activityCountsUrl,
  cancelInstanceUrl,
  definitionXmlUrl,
  retryIncidentUrl,
  toActivityCounts,
  toDefinitions,
  toIncident,
  toInstanceDetails,
  toInstancePage,
  waitingInstancesParams,
} from './process-api';

describe('URLs', () => {
  it('encodes keys and ids', () => {
    expect(definitionXmlUrl('halvårs rapport', 3)).toBe(
      '/api/workflow/definitions/halv%C3%A5rs%20rapport/versions/3/xml',
    );
    expect(activityCountsUrl('a/b', 1)).toBe(
      '/api/workflow/definitions/a%2Fb/versions/1/activity-counts',
    );
    expect(cancelInstanceUrl('abc')).toBe(
      '/api/workflow/process-instances/abc/cancel',
    );
    expect(retryIncidentUrl('i-1')).toBe('/api/workflow/incidents/i-1/retry');
  });

  it('asks for the running instances waiting at one activity of one version', () => {
    expect(waitingInstancesParams('rapport', 2, 'Task_1', 3)).toEqual({
      definitionKey: 'rapport',
      version: '2',
      activityId: 'Task_1',
      status: 'running',
      page: '3',
      pageSize: '25',
    });
  });
});

describe('toDefinitions', () => {
  const today = {
    key: 'halvarsrapport',
    name: 'Halvårsrapport',
    versions: [
      {
        id: 'd1',
        version: 1,
        deployedAt: '2026-01-02T10:00:00.000Z',
        deployedBy: 'u1',
        contentHash: 'h1',
      },
      {
        id: 'd2',
        version: 2,
        deployedAt: '2026-03-02T10:00:00.000Z',
        deployedBy: 'u2',
        contentHash: 'h2',
      },
    ],
  };

  it('keeps the fields of today, sorts versions newest first, and leaves new fields null', () => {
    const [definition] = toDefinitions([today]);
    expect(definition.key).toBe('halvarsrapport');
    expect(definition.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(definition.versions[0]).toEqual({
      id: 'd2',
      version: 2,
      deployedAt: '2026-03-02T10:00:00.000Z',
      deployedBy: 'u2',
      deployedByName: null,
      contentHash: 'h2',
      changeNote: null,
      runningInstances: null,
      openIncidents: null,
    });
  });

  it('reads the new fields when they come', () => {
    const [definition] = toDefinitions([
      {
        key: 'k',
        name: null,
        versions: [
          {
            id: 'x',
            version: 4,
            changeNote: 'Ny frist',
            deployedByName: 'Maria Haugen',
            runningInstances: 7,
            openIncidents: 0,
          },
        ],
      },
    ]);
    expect(definition.name).toBeNull();
    expect(definition.versions[0]).toMatchObject({
      changeNote: 'Ny frist',
      deployedByName: 'Maria Haugen',
      runningInstances: 7,
      openIncidents: 0,
    });
  });

  it('leaves out entries and versions that are not one, and sorts processes by name', () => {
    const definitions = toDefinitions([
      { key: 'b', name: 'Ørn', versions: [{ version: 'x' }, { version: 1 }] },
      'nonsense',
      { name: 'no key' },
      { key: 'a', name: 'Aktivitet' },
    ]);
    expect(definitions.map((d) => d.key)).toEqual(['a', 'b']);
    expect(definitions[0].versions).toEqual([]);
    expect(definitions[1].versions.map((v) => v.version)).toEqual([1]);
  });

  it('throws when the body is not a list', () => {
    expect(() => toDefinitions({ items: [] })).toThrow();
  });
});

describe('toActivityCounts', () => {
  it('reads { activities } and defaults missing numbers to 0', () => {
    expect(
      toActivityCounts({
        activities: [
          { activityId: 'A', waiting: 3, incidents: 1 },
          { activityId: 'B', waiting: 2 },
          { waiting: 9 },
        ],
      }),
    ).toEqual([
      { activityId: 'A', waiting: 3, incidents: 1 },
      { activityId: 'B', waiting: 2, incidents: 0 },
    ]);
  });

  it('accepts a bare list, and throws on anything else', () => {
    expect(toActivityCounts([{ activityId: 'A', waiting: 1 }])).toHaveLength(1);
    expect(() => toActivityCounts('x')).toThrow();
  });
});

const summary = {
  id: '11111111-2222-3333-4444-555555555555',
  definitionKey: 'halvarsrapport',
  definitionVersion: 2,
  businessKey: '4601-2026H1',
  status: 'running',
  currentActivities: [
    { id: 'Kontroll', name: 'Kontroll', type: 'bpmn:UserTask' },
  ],
  openIncidents: 1,
  startedAt: '2026-03-02T10:00:00.000Z',
  startedBy: 'system',
  endedAt: null,
  cancelReason: null,
};

describe('toInstancePage', () => {
  it('narrows the list as the workflow service answers it today', () => {
    const page = toInstancePage({
      total: 51,
      page: 2,
      pageSize: 25,
      items: [summary, { id: 'no key' }],
    });
    expect(page.total).toBe(51);
    expect(page.page).toBe(2);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      version: 2,
      businessKey: '4601-2026H1',
      openIncidents: 1,
      currentActivities: [
        { id: 'Kontroll', name: 'Kontroll', type: 'bpmn:UserTask' },
      ],
    });
  });

  it('accepts `version` and current activities as plain ids', () => {
    const page = toInstancePage({
      items: [
        {
          ...summary,
          definitionVersion: undefined,
          version: 5,
          currentActivities: ['A'],
        },
      ],
    });
    expect(page.items[0].version).toBe(5);
    expect(page.items[0].currentActivities).toEqual([
      { id: 'A', name: null, type: null },
    ]);
    expect(page.total).toBe(1);
  });

  it('throws when there are no items', () => {
    expect(() => toInstancePage({ total: 0 })).toThrow();
  });
});

describe('toInstanceDetails', () => {
  it('narrows variables, tasks, incidents and history (elementId → activityId)', () => {
    const details = toInstanceDetails({
      ...summary,
      variables: { reportId: 'r1', count: 2 },
      tasks: [
        {
          id: 't1',
          name: 'Kontroll',
          elementId: 'Kontroll',
          status: 'open',
          assignee: null,
          createdAt: '2026-03-02T10:00:00.000Z',
          completedAt: null,
        },
      ],
      incidents: [
        {
          id: 'i1',
          instanceId: summary.id,
          jobId: 'j1',
          elementId: 'Send',
          topic: 'send-brev',
          error: 'timeout',
          createdAt: '2026-03-02T11:00:00.000Z',
          resolvedAt: null,
          resolvedBy: null,
        },
      ],
      history: [
        {
          id: '17',
          type: 'activity.entered',
          elementId: 'Start',
          elementName: 'Start',
          elementType: 'bpmn:StartEvent',
          executionId: 'e',
          actor: 'system',
          data: null,
          at: '2026-03-02T10:00:00.000Z',
        },
        { type: '' },
      ],
    });
    expect(details.variables).toEqual({ reportId: 'r1', count: 2 });
    expect(details.tasks[0]).toMatchObject({ activityId: 'Kontroll' });
    expect(details.incidents[0]).toMatchObject({
      activityId: 'Send',
      topic: 'send-brev',
      resolvedAt: null,
    });
    expect(details.history).toEqual([
      {
        id: '17',
        type: 'activity.entered',
        activityId: 'Start',
        activityName: 'Start',
        activityType: 'bpmn:StartEvent',
        actor: 'system',
        at: '2026-03-02T10:00:00.000Z',
        data: null,
      },
    ]);
  });

  it('tolerates missing lists and throws on something that is not an instance', () => {
    const details = toInstanceDetails(summary);
    expect(details.history).toEqual([]);
    expect(details.variables).toEqual({});
    expect(() => toInstanceDetails(null)).toThrow();
  });
});

describe('toIncident', () => {
  it('is null without an id', () => {
    expect(toIncident({ elementId: 'x' })).toBeNull();
  });
});
