/** A user task of a {@link linearModel}. */
export interface LinearTask {
  id: string;
  name?: string;
}

/**
 * A deployable model `start → tasks → end` in one row, with diagram interchange: user tasks the
 * platform admin (group `admin`) completes with the halvårsrapport control form. `definitionsId` varies the
 * file's root id, as two exports from a modeller may.
 */
export function linearModel(
  key: string,
  tasks: LinearTask[],
  options: { definitionsId?: string; name?: string } = {},
): string {
  const nodes = [
    { tag: 'startEvent', id: `${key}_start`, name: 'Start', attrs: '' },
    ...tasks.map((task) => ({
      tag: 'userTask',
      id: task.id,
      name: task.name ?? `Task ${task.id}`,
      attrs:
        ' camunda:formKey="halvarsrapport:kontroll" camunda:candidateGroups="admin"',
    })),
    { tag: 'endEvent', id: `${key}_end`, name: 'End', attrs: '' },
  ];
  const flowId = (i: number) => `${key}_flow${i}`;
  const box = (tag: string, i: number) =>
    tag.endsWith('Event')
      ? { x: 100 + i * 150 + 32, y: 122, w: 36, h: 36 }
      : { x: 100 + i * 150, y: 100, w: 100, h: 80 };
  const elements = nodes.map((node, i) => {
    const incoming =
      i > 0 ? `<bpmn:incoming>${flowId(i - 1)}</bpmn:incoming>` : '';
    const outgoing =
      i < nodes.length - 1 ? `<bpmn:outgoing>${flowId(i)}</bpmn:outgoing>` : '';
    return `<bpmn:${node.tag} id="${node.id}" name="${node.name}"${node.attrs}>${incoming}${outgoing}</bpmn:${node.tag}>`;
  });
  const flows = nodes
    .slice(0, -1)
    .map(
      (node, i) =>
        `<bpmn:sequenceFlow id="${flowId(i)}" sourceRef="${node.id}" targetRef="${nodes[i + 1].id}" />`,
    );
  const shapes = nodes.map((node, i) => {
    const b = box(node.tag, i);
    return `<bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"><dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" /></bpmndi:BPMNShape>`;
  });
  const edges = nodes.slice(0, -1).map((node, i) => {
    const [from, to] = [box(node.tag, i), box(nodes[i + 1].tag, i + 1)];
    return `<bpmndi:BPMNEdge id="${flowId(i)}_di" bpmnElement="${flowId(i)}"><di:waypoint x="${from.x + from.w}" y="140" /><di:waypoint x="${to.x}" y="140" /></bpmndi:BPMNEdge>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="${options.definitionsId ?? `Definitions_${key}`}" targetNamespace="https://bufdir.no/test">
<bpmn:process id="${key}" name="${options.name ?? key}" isExecutable="true">
${[...elements, ...flows].join('\n')}
</bpmn:process>
<bpmndi:BPMNDiagram id="${key}_diagram"><bpmndi:BPMNPlane id="${key}_plane" bpmnElement="${key}">
${[...shapes, ...edges].join('\n')}
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
