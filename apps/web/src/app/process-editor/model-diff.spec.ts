import BpmnModdle from 'bpmn-moddle';
import { readFileSync } from 'node:fs';
import {
  describeSummary,
  diffModels,
  isEmptyDiff,
  processKeyOf,
  summarizeModel,
  typeLabel,
} from './model-diff';

const camunda: unknown = JSON.parse(
  readFileSync(
    require.resolve('camunda-bpmn-moddle/resources/camunda.json'),
    'utf8',
  ),
);

async function parse(xml: string): Promise<unknown> {
  const moddle = new BpmnModdle({ camunda } as never);
  const { rootElement } = await moddle.fromXML(xml);
  return rootElement;
}

const model = (
  process: string,
  extra = '',
) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  ${extra}
  <bpmn:process id="halvarsrapport" name="Halvårsrapport" isExecutable="true">
    ${process}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="halvarsrapport">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start">
        <dc:Bounds x="100" y="100" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

const BEFORE = model(`
    <bpmn:startEvent id="Start" name="Rapport sendt" />
    <bpmn:userTask id="Kontroll" name="Kontroll" camunda:formKey="halvarsrapport:kontroll" camunda:candidateGroups="statsforvalter" />
    <bpmn:serviceTask id="Videresend" name="Videresend" camunda:type="external" camunda:topic="reporting.forward-report" />
    <bpmn:boundaryEvent id="Frist" attachedToRef="Kontroll">
      <bpmn:timerEventDefinition id="Frist_timer"><bpmn:timeDuration>P14D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Kontroll" />
    <bpmn:endEvent id="Slutt" />
`);

describe('summarizeModel', () => {
  it('lists every element with its Camunda attributes, without DI', async () => {
    const summary = summarizeModel(await parse(BEFORE));
    expect([...summary.keys()]).toEqual([
      'halvarsrapport',
      'Start',
      'Kontroll',
      'Videresend',
      'Frist',
      'Flow_1',
      'Slutt',
    ]);
    expect(summary.get('Kontroll')).toEqual({
      id: 'Kontroll',
      type: 'bpmn:UserTask',
      name: 'Kontroll',
      properties: {
        formKey: 'halvarsrapport:kontroll',
        candidateGroups: 'statsforvalter',
      },
    });
    expect(summary.get('Videresend')?.properties).toEqual({
      implementation: 'external',
      topic: 'reporting.forward-report',
    });
    expect(summary.get('Frist')?.properties).toEqual({
      timer: 'timeDuration: P14D',
    });
  });

  it('reads message names, conditions and lanes in collaborations', async () => {
    const summary = summarizeModel(
      await parse(
        model(
          `
    <bpmn:laneSet id="LaneSet_1"><bpmn:lane id="Lane_sf" name="Statsforvalter" /></bpmn:laneSet>
    <bpmn:receiveTask id="Vent" messageRef="Msg_1" />
    <bpmn:sequenceFlow id="Flow_ja" sourceRef="Vent" targetRef="Vent">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\${approved}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>`,
          `<bpmn:message id="Msg_1" name="bekymringsmelding-bekreftet" />
  <bpmn:collaboration id="Collab_1"><bpmn:participant id="Pool_1" name="Bufdir" processRef="halvarsrapport" /></bpmn:collaboration>`,
        ),
      ),
    );
    expect(summary.get('Vent')?.properties).toEqual({
      message: 'bekymringsmelding-bekreftet',
    });
    expect(summary.get('Flow_ja')?.properties).toEqual({
      condition: '${approved}',
    });
    expect(summary.get('Lane_sf')?.name).toBe('Statsforvalter');
    expect(summary.get('Pool_1')?.type).toBe('bpmn:Participant');
    expect(summary.get('Msg_1')?.type).toBe('bpmn:Message');
  });

  it('is empty for something that is not a model', () => {
    expect(summarizeModel(null).size).toBe(0);
    expect(summarizeModel('<xml/>').size).toBe(0);
  });
});

describe('diffModels', () => {
  it('finds nothing when only the layout differs', async () => {
    const moved = BEFORE.replace('x="100"', 'x="400"');
    const diff = diffModels(
      summarizeModel(await parse(BEFORE)),
      summarizeModel(await parse(moved)),
    );
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('lists added, removed and changed elements by id', async () => {
    const after = BEFORE.replace(
      'camunda:candidateGroups="statsforvalter"',
      'camunda:candidateGroups="statsforvalter,bufdir"',
    )
      .replace('<bpmn:timeDuration>P14D', '<bpmn:timeDuration>P21D')
      .replace(
        'camunda:topic="reporting.forward-report"',
        'camunda:topic="reporting.return-report"',
      )
      .replace(
        '<bpmn:endEvent id="Slutt" />',
        '<bpmn:endEvent id="Ferdig" name="Ferdig" />',
      )
      .replace('name="Rapport sendt"', 'name="Rapport mottatt"')
      .replace(
        '<bpmn:userTask id="Kontroll" name="Kontroll" camunda:formKey="halvarsrapport:kontroll"',
        '<bpmn:userTask id="Kontroll" name="Kontroll" camunda:formKey="halvarsrapport:korriger"',
      );
    const diff = diffModels(
      summarizeModel(await parse(BEFORE)),
      summarizeModel(await parse(after)),
    );
    expect(diff.added.map((element) => element.id)).toEqual(['Ferdig']);
    expect(diff.removed.map((element) => element.id)).toEqual(['Slutt']);
    expect(
      diff.changed.map((element) => [
        element.id,
        element.changes.map((change) => [
          change.field,
          change.before,
          change.after,
        ]),
      ]),
    ).toEqual([
      ['Start', [['name', 'Rapport sendt', 'Rapport mottatt']]],
      [
        'Kontroll',
        [
          ['formKey', 'halvarsrapport:kontroll', 'halvarsrapport:korriger'],
          ['candidateGroups', 'statsforvalter', 'statsforvalter,bufdir'],
        ],
      ],
      [
        'Videresend',
        [['topic', 'reporting.forward-report', 'reporting.return-report']],
      ],
      ['Frist', [['timer', 'timeDuration: P14D', 'timeDuration: P21D']]],
    ]);
  });

  it('sees a changed type under the same id', async () => {
    const after = BEFORE.replace(
      '<bpmn:endEvent id="Slutt" />',
      '<bpmn:intermediateThrowEvent id="Slutt" />',
    );
    const diff = diffModels(
      summarizeModel(await parse(BEFORE)),
      summarizeModel(await parse(after)),
    );
    expect(diff.changed).toEqual([
      {
        id: 'Slutt',
        type: 'bpmn:IntermediateThrowEvent',
        name: null,
        changes: [
          {
            field: 'type',
            label: 'Type',
            before: 'Slutthendelse',
            after: 'Mellomliggende hendelse (sender)',
          },
        ],
      },
    ]);
  });

  it('counts everything as added without a previous version', async () => {
    const diff = diffModels(null, summarizeModel(await parse(BEFORE)));
    expect(diff.added).toHaveLength(7);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
  });
});

describe('processKeyOf', () => {
  it('is the id of the executable process', async () => {
    const xml = model(
      '<bpmn:startEvent id="Start" />',
      '<bpmn:process id="annen" isExecutable="false" />',
    );
    expect(processKeyOf(await parse(xml))).toBe('halvarsrapport');
  });

  it('is null for something that is not a model', () => {
    expect(processKeyOf(undefined)).toBeNull();
  });
});

describe('labels', () => {
  it('names types in Norwegian, unknown ones by local name', () => {
    expect(typeLabel('bpmn:UserTask')).toBe('Brukeroppgave');
    expect(typeLabel('bpmn:ComplexGateway')).toBe('ComplexGateway');
  });

  it('describes an element with and without a name', () => {
    expect(
      describeSummary({ id: 'T1', type: 'bpmn:UserTask', name: 'Kontroll' }),
    ).toBe('Brukeroppgave «Kontroll» (T1)');
    expect(
      describeSummary({ id: 'F1', type: 'bpmn:SequenceFlow', name: null }),
    ).toBe('Sekvensflyt F1');
  });
});
