import {
  activityOptionLabel,
  changedMapping,
  defaultMapping,
  mappingProblem,
  waitStatesOf,
} from './migration-plan';

const XML = `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
  <bpmn:process id="p">
    <bpmn:startEvent id="S" />
    <bpmn:userTask id="Task_ny" name="Forhåndskontroll" />
    <bpmn:userTask id="Task_kontroll" name="Kontroll statsforvalter" />
    <bpmn:exclusiveGateway id="G" />
    <bpmn:serviceTask id="Task_videresend" />
  </bpmn:process>
</bpmn:definitions>`;

// The unit tests run in node; the browser has its own DOMParser. (jsdom ships no types.)
type BrowserDomParser = typeof globalThis.DOMParser;
const jsdom = jest.requireActual<{
  JSDOM: new (html: string) => { window: { DOMParser: BrowserDomParser } };
}>('jsdom');
const NodeDomParser = new jsdom.JSDOM('').window.DOMParser;

describe('migration plan', () => {
  const target = waitStatesOf(XML, new NodeDomParser());
  const current = [
    { id: 'Task_kontroll', name: 'Kontroll statsforvalter' },
    { id: 'Task_gammel', name: 'Gammel kontroll' },
  ];

  it('reads the activities an instance can wait at, not events or gateways', () => {
    expect(target.map((activity) => activity.id)).toEqual([
      'Task_ny',
      'Task_kontroll',
      'Task_videresend',
    ]);
    expect(activityOptionLabel(target[0])).toBe('Forhåndskontroll (Task_ny)');
    expect(activityOptionLabel(target[2])).toBe('Task_videresend');
    expect(waitStatesOf('<not xml', new NodeDomParser())).toEqual([]);
  });

  it('maps each waiting activity to the same id, and asks for the rest', () => {
    const mapping = defaultMapping(current, target);
    expect(mapping).toEqual({
      Task_kontroll: 'Task_kontroll',
      Task_gammel: '',
    });
    expect(mappingProblem(current, mapping, 2)).toBe(
      'Velg hvilken aktivitet i versjon 2 som tar over «Gammel kontroll».',
    );
    const chosen = { ...mapping, Task_gammel: 'Task_ny' };
    expect(mappingProblem(current, chosen, 2)).toBeNull();
    expect(changedMapping(chosen)).toEqual({ Task_gammel: 'Task_ny' });
  });
});
