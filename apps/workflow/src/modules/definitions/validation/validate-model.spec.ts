import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { externalTaskTopics, formKeys } from '@bvr/contracts';
import recommended from 'bpmnlint/config/recommended';
import { LINT_CONFIG, LINT_RULES } from './bpmnlint-rules';
import { ModelCatalog, validateModel } from './validate-model';

const catalog: ModelCatalog = {
  formKeys: new Set(Object.keys(formKeys)),
  topics: new Set(Object.keys(externalTaskTopics)),
};
const repoRoot = path.resolve(__dirname, '../../../../../..');
const samplesDir = path.resolve(__dirname, '../../../../test/fixtures/miwg');

// --- a tiny model builder: start → nodes → end, in one row, with diagram interchange ---

interface FlowNode {
  tag: string;
  id: string;
  name?: string;
  attrs?: Record<string, string>;
  body?: string;
  /** Condition (and name) of the flow leaving this node. */
  outgoingCondition?: string;
  children?: FlowNode[];
}
interface ProcessSpec {
  id: string;
  name?: string;
  executable?: boolean;
  nodes: FlowNode[];
}

const userTask = (
  id: string,
  attrs: Record<string, string> = {},
): FlowNode => ({
  tag: 'userTask',
  id,
  name: 'Kontroll',
  attrs: {
    'camunda:formKey': 'halvarsrapport:kontroll',
    'camunda:candidateGroups': 'bufdir',
    ...attrs,
  },
});
const serviceTask = (
  id: string,
  attrs: Record<string, string> = {
    'camunda:type': 'external',
    'camunda:topic': 'identity.notify-report-received',
  },
): FlowNode => ({
  tag: 'serviceTask',
  id,
  name: 'Varsle',
  attrs,
});
const element = (
  tag: string,
  id: string,
  body = '',
  attrs: Record<string, string> = {},
): FlowNode => ({ tag, id, name: id, body, attrs });

function chain(
  containerId: string,
  nodes: FlowNode[],
  y: number,
): { xml: string; di: string; nested: string[] } {
  const all: FlowNode[] = [
    { tag: 'startEvent', id: `${containerId}_start`, name: 'Start' },
    ...nodes,
    { tag: 'endEvent', id: `${containerId}_end`, name: 'End' },
  ];
  const flowId = (i: number) => `${containerId}_flow${i}`;
  const box = (node: FlowNode, i: number) =>
    node.tag.endsWith('Event')
      ? { x: 100 + i * 150 + 32, y: y + 22, w: 36, h: 36 }
      : { x: 100 + i * 150, y, w: 100, h: 80 };
  const xmlNodes = all.map((node, i) => {
    const attrs = Object.entries({
      id: node.id,
      name: node.name ?? '',
      ...node.attrs,
    })
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
    const incoming =
      i > 0 ? `<bpmn:incoming>${flowId(i - 1)}</bpmn:incoming>` : '';
    const outgoing =
      i < all.length - 1 ? `<bpmn:outgoing>${flowId(i)}</bpmn:outgoing>` : '';
    const inner = node.children ? chain(node.id, node.children, 100).xml : '';
    return `<bpmn:${node.tag} ${attrs}>${incoming}${outgoing}${node.body ?? ''}${inner}</bpmn:${node.tag}>`;
  });
  const flows = all.slice(0, -1).map((node, i) => {
    const condition = node.outgoingCondition
      ? ` name="condition">${node.outgoingCondition}</bpmn:sequenceFlow>`
      : ' />';
    return `<bpmn:sequenceFlow id="${flowId(i)}" sourceRef="${node.id}" targetRef="${all[i + 1].id}"${condition}`;
  });
  const shapes = all.map((node, i) => {
    const b = box(node, i);
    const expanded = node.children ? ' isExpanded="false"' : '';
    return `<bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"${expanded}><dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" /></bpmndi:BPMNShape>`;
  });
  const edges = all.slice(0, -1).map((node, i) => {
    const [from, to] = [box(node, i), box(all[i + 1], i + 1)];
    return `<bpmndi:BPMNEdge id="${flowId(i)}_di" bpmnElement="${flowId(i)}"><di:waypoint x="${from.x + from.w}" y="${y + 40}" /><di:waypoint x="${to.x}" y="${y + 40}" /></bpmndi:BPMNEdge>`;
  });
  const nested = all
    .filter((node) => node.children)
    .map((node) =>
      diagram(node.id, chain(node.id, node.children ?? [], 100).di),
    );
  return {
    xml: [...xmlNodes, ...flows].join('\n'),
    di: [...shapes, ...edges].join('\n'),
    nested,
  };
}

const diagram = (elementId: string, di: string) =>
  `<bpmndi:BPMNDiagram id="${elementId}_diagram"><bpmndi:BPMNPlane id="${elementId}_plane" bpmnElement="${elementId}">${di}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`;

function model(
  processes: ProcessSpec[],
  options: { roots?: string; collaboration?: boolean } = {},
): string {
  const rendered = processes.map((spec, row) => ({
    spec,
    row,
    ...chain(spec.id, spec.nodes, 100 + row * 250),
  }));
  const processXml = rendered.map(
    ({ spec, xml }) =>
      `<bpmn:process id="${spec.id}" name="${spec.name ?? spec.id}" isExecutable="${spec.executable ?? true}">${xml}</bpmn:process>`,
  );
  const participants = rendered.map(
    ({ spec }) =>
      `<bpmn:participant id="Pool_${spec.id}" name="${spec.name ?? spec.id}" processRef="${spec.id}" />`,
  );
  const poolShapes = rendered.map(
    ({ spec, row }) =>
      `<bpmndi:BPMNShape id="Pool_${spec.id}_di" bpmnElement="Pool_${spec.id}" isHorizontal="true"><dc:Bounds x="40" y="${50 + row * 250}" width="${200 + (spec.nodes.length + 2) * 150}" height="200" /></bpmndi:BPMNShape>`,
  );
  const diagrams = options.collaboration
    ? [
        diagram(
          'Collaboration_test',
          [...poolShapes, ...rendered.map((r) => r.di)].join('\n'),
        ),
      ]
    : rendered.map(({ spec, di }) => diagram(spec.id, di));
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_test" targetNamespace="https://bufdir.no/test">
${options.roots ?? ''}
${options.collaboration ? `<bpmn:collaboration id="Collaboration_test">${participants.join('')}</bpmn:collaboration>` : ''}
${processXml.join('\n')}
${[...diagrams, ...rendered.flatMap((r) => r.nested)].join('\n')}
</bpmn:definitions>`;
}

const singleProcess = (...nodes: FlowNode[]) =>
  model([{ id: 'Process_test', name: 'Test', nodes }]);

const WHOLE_FILE_RULES = ['xml', 'bvr/executable-process'];

function sampleFiles(): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(samplesDir).filter((file) => file.endsWith('.bpmn'));
  } catch (error) {
    throw new Error(
      `The MIWG samples must be at ${samplesDir}: ${String(error)}`,
    );
  }
  if (files.length === 0) {
    throw new Error(`No MIWG samples (*.bpmn) in ${samplesDir}`);
  }
  return files.sort();
}

async function validateSample(file: string) {
  const xml = readFileSync(path.join(samplesDir, file), 'utf8');
  return { xml, result: await validateModel(xml, catalog) };
}

describe('validateModel', () => {
  describe('models we deploy', () => {
    it.each([
      ['halvarsrapport', 'Halvårsrapport'],
      ['tilgangssoknad', 'Tilgangssøknad'],
    ])(
      'accepts the shipped model bpmn/%s.bpmn with the catalog from @bvr/contracts',
      async (processKey, processName) => {
        // given
        const xml = readFileSync(
          path.join(repoRoot, `bpmn/${processKey}.bpmn`),
          'utf8',
        );
        // when
        const result = await validateModel(xml, catalog);
        // then
        expect(result).toEqual({ processKey, processName, problems: [] });
      },
    );

    it('accepts a small model with a form user task and an external service task', async () => {
      // given
      const xml = singleProcess(
        userTask('Task_user'),
        serviceTask('Task_service'),
      );
      // when
      const result = await validateModel(xml, catalog);
      // then
      expect(result).toEqual({
        processKey: 'Process_test',
        processName: 'Test',
        problems: [],
      });
    });

    it('ignores non-executable pools of a collaboration, which only document the other parties', async () => {
      // given a documentation pool whose user task has no name, form key or candidate groups
      const documentation: FlowNode = {
        tag: 'userTask',
        id: 'Task_kommune',
        name: '',
      };
      const xml = model(
        [
          { id: 'Process_main', name: 'Main', nodes: [userTask('Task_user')] },
          {
            id: 'Process_kommune',
            name: 'Kommune',
            executable: false,
            nodes: [documentation],
          },
        ],
        { collaboration: true },
      );
      // when
      const result = await validateModel(xml, catalog);
      // then
      expect(result).toEqual({
        processKey: 'Process_main',
        processName: 'Main',
        problems: [],
      });
    });
  });

  describe('user tasks', () => {
    it('rejects a user task without a form key', async () => {
      // given
      const xml = singleProcess({
        tag: 'userTask',
        id: 'Task_user',
        name: 'Kontroll',
        attrs: { 'camunda:candidateGroups': 'bufdir' },
      });
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_user',
          rule: 'bvr/user-task-form-key',
          message: expect.stringMatching(
            /^User task "Kontroll" \(Task_user\) has no form key \(camunda:formKey\); use one of halvarsrapport:kontroll, /,
          ),
        },
      ]);
    });

    it('rejects a user task whose form key the SPA cannot render', async () => {
      // given
      const xml = singleProcess(
        userTask('Task_user', { 'camunda:formKey': 'app:approveInvoice.jsf' }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_user',
          rule: 'bvr/user-task-form-key',
          message: expect.stringContaining(
            '"app:approveInvoice.jsf", which the SPA cannot render',
          ),
        },
      ]);
    });

    it('rejects a user task nobody may work on because it has no candidate groups', async () => {
      // given
      const xml = singleProcess({
        tag: 'userTask',
        id: 'Task_user',
        name: 'Kontroll',
        attrs: { 'camunda:formKey': 'halvarsrapport:kontroll' },
      });
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_user',
          rule: 'bvr/user-task-candidate-groups',
          message: expect.stringContaining('has no candidate groups'),
        },
      ]);
    });

    it.each([
      'statsforvalter:${environment.variables.responsibleOfficeId',
      'bufdir,,statsforvalter',
      'statsforvalter:}',
      'statsforvalter:${}',
      'statsforvalter:#{officeId}',
    ])('rejects the malformed candidate groups %s', async (groups) => {
      // given
      const xml = singleProcess(
        userTask('Task_user', { 'camunda:candidateGroups': groups }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_user',
          rule: 'bvr/user-task-candidate-groups',
          message: expect.stringContaining('has a malformed candidate group'),
        },
      ]);
    });

    it.each([
      'bufdir',
      'bufdir, statsforvalter:${environment.variables.responsibleOfficeId}',
      '${groupsFor(environment.variables.kommune, environment.variables.office)}',
    ])('accepts the candidate groups %s', async (groups) => {
      // given
      const xml = singleProcess(
        userTask('Task_user', { 'camunda:candidateGroups': groups }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([]);
    });
  });

  describe('service and send tasks', () => {
    it('rejects a service task implemented with a Java class, as only external tasks run here', async () => {
      // given
      const xml = singleProcess(
        serviceTask('Task_service', {
          'camunda:class': 'no.bufdir.ArchiveDelegate',
        }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_service',
          rule: 'bvr/external-task-topic',
          message: expect.stringContaining(
            'is implemented with camunda:class, but only external tasks run here',
          ),
        },
      ]);
    });

    it('rejects a service task implemented with a connector', async () => {
      // given
      const connector =
        '<bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>';
      const xml = singleProcess({
        ...serviceTask('Task_service', {}),
        body: connector,
      });
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_service',
          rule: 'bvr/external-task-topic',
          message: expect.stringContaining(
            'is implemented with camunda:connector',
          ),
        },
      ]);
    });

    it('rejects an external task whose topic no service handles', async () => {
      // given
      const xml = singleProcess(
        serviceTask('Task_service', {
          'camunda:type': 'external',
          'camunda:topic': 'archive.invoice',
        }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_service',
          rule: 'bvr/external-task-topic',
          message: expect.stringContaining(
            'uses the topic "archive.invoice", which no service handles',
          ),
        },
      ]);
    });

    it('rejects an external task without a topic', async () => {
      // given
      const xml = singleProcess(
        serviceTask('Task_service', { 'camunda:type': 'external' }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_service',
          rule: 'bvr/external-task-topic',
          message: expect.stringContaining('has no topic'),
        },
      ]);
    });

    it('rejects a send task without an implementation', async () => {
      // given
      const xml = singleProcess({
        tag: 'sendTask',
        id: 'Task_send',
        name: 'Send',
      });
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_send',
          rule: 'bvr/external-task-topic',
          message: expect.stringContaining(
            'Send task "Send" (Task_send) is not an external task',
          ),
        },
      ]);
    });
  });

  describe('scripts and unsupported elements', () => {
    it('rejects a script task', async () => {
      // given
      const xml = singleProcess(
        element(
          'scriptTask',
          'Task_script',
          '<bpmn:script>next()</bpmn:script>',
          { scriptFormat: 'javascript' },
        ),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_script',
          rule: 'bvr/no-script-task',
          message: expect.stringContaining('is a script task'),
        },
      ]);
    });

    it('rejects a sequence flow condition written in a script language', async () => {
      // given
      const condition =
        '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">next(null, true)</bpmn:conditionExpression>';
      const xml = singleProcess({
        ...userTask('Task_user'),
        outgoingCondition: condition,
      });
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Process_test_flow1',
          rule: 'bvr/no-script',
          message: expect.stringContaining(
            'in the script language "javascript"',
          ),
        },
      ]);
    });

    it('rejects a business rule task, which the engine cannot run', async () => {
      // given
      const xml = singleProcess(
        element('businessRuleTask', 'Task_rule', '', {
          'camunda:decisionRef': 'approve',
        }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_rule',
          rule: 'bvr/unsupported-element',
          message: expect.stringContaining(
            'element type this engine cannot run',
          ),
        },
      ]);
    });

    it('checks the elements inside a sub process', async () => {
      // given
      const inner: FlowNode = {
        tag: 'userTask',
        id: 'Task_inner',
        name: 'Rework',
        attrs: { 'camunda:candidateGroups': 'bufdir' },
      };
      const xml = singleProcess({
        tag: 'subProcess',
        id: 'Sub_rework',
        name: 'Rework',
        children: [inner],
      });
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_inner',
          rule: 'bvr/user-task-form-key',
          message: expect.any(String),
        },
      ]);
    });
  });

  describe('events', () => {
    it('rejects a message catch event whose message has no name', async () => {
      // given
      const xml = model(
        [
          {
            id: 'Process_test',
            nodes: [
              element(
                'intermediateCatchEvent',
                'Event_wait',
                '<bpmn:messageEventDefinition messageRef="Message_unnamed" />',
              ),
            ],
          },
        ],
        { roots: '<bpmn:message id="Message_unnamed" />' },
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Event_wait',
          rule: 'bvr/message-name',
          message: expect.stringContaining('refers to no named bpmn:Message'),
        },
      ]);
    });

    it('reports a message reference to a missing element both as unreadable XML and as a missing message', async () => {
      // given
      const xml = singleProcess(
        element('receiveTask', 'Task_receive', '', {
          messageRef: 'Message_missing',
        }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_receive',
          rule: 'bvr/message-name',
          message: expect.any(String),
        },
        {
          elementId: 'Task_receive',
          rule: 'xml',
          message: expect.stringContaining(
            'refers to "Message_missing" in messageRef',
          ),
        },
      ]);
    });

    it('rejects a timer without a duration, date or cycle and accepts one with a duration', async () => {
      // given
      const empty = element(
        'intermediateCatchEvent',
        'Event_empty',
        '<bpmn:timerEventDefinition />',
      );
      const timed = element(
        'intermediateCatchEvent',
        'Event_timed',
        '<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P14D</bpmn:timeDuration></bpmn:timerEventDefinition>',
      );
      // when
      const { problems } = await validateModel(
        singleProcess(empty, timed),
        catalog,
      );
      // then
      expect(problems).toEqual([
        {
          elementId: 'Event_empty',
          rule: 'bvr/timer-definition',
          message: expect.stringContaining('has a timer without a time'),
        },
      ]);
    });
  });

  describe('processes', () => {
    it('rejects a conversation, which belongs to a diagram type the engine cannot run', async () => {
      // given
      const xml = model(
        [{ id: 'Process_main', nodes: [userTask('Task_user')] }],
        { collaboration: true },
      ).replace(
        '</bpmn:collaboration>',
        '<bpmn:conversation id="Conversation_report" name="Report" /></bpmn:collaboration>',
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Conversation_report',
          rule: 'bvr/unsupported-element',
          message: expect.stringContaining(
            'belongs to a choreography or conversation diagram',
          ),
        },
      ]);
    });

    it('rejects two executable processes, as a deployment has one process key', async () => {
      // given
      const xml = model([
        { id: 'Process_a', nodes: [userTask('Task_a')] },
        { id: 'Process_b', nodes: [userTask('Task_b')] },
      ]);
      // when
      const result = await validateModel(xml, catalog);
      // then
      expect(result.processKey).toBeNull();
      expect(result.problems).toEqual([
        {
          elementId: 'Process_a',
          rule: 'bvr/executable-process',
          message: expect.stringContaining('is one of 2 executable processes'),
        },
        {
          elementId: 'Process_b',
          rule: 'bvr/executable-process',
          message: expect.stringContaining('is one of 2 executable processes'),
        },
      ]);
    });

    it('rejects a model without an executable process', async () => {
      // given
      const xml = model([
        { id: 'Process_draft', executable: false, nodes: [userTask('Task_a')] },
      ]);
      // when
      const result = await validateModel(xml, catalog);
      // then
      expect(result).toEqual({
        processKey: null,
        processName: null,
        problems: [
          {
            elementId: null,
            rule: 'bvr/executable-process',
            message: expect.stringContaining('no executable process'),
          },
        ],
      });
    });

    it('reports bpmnlint findings under the bpmnlint rule name with the element id', async () => {
      // given
      const xml = singleProcess({ ...userTask('Task_user'), name: '' });
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_user',
          rule: 'bpmnlint/label-required',
          message:
            'User task Task_user breaks the bpmnlint rule label-required: Element is missing label/name.',
        },
      ]);
    });

    it('sorts problems by element id, then rule, without duplicates', async () => {
      // given
      const xml = singleProcess(
        { tag: 'userTask', id: 'Task_b', name: 'B' },
        serviceTask('Task_a', { 'camunda:expression': '${archive}' }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems.map((p) => [p.elementId, p.rule])).toEqual([
        ['Task_a', 'bvr/external-task-topic'],
        ['Task_b', 'bvr/user-task-candidate-groups'],
        ['Task_b', 'bvr/user-task-form-key'],
      ]);
    });

    it('bundles every bpmnlint rule of the recommended set it does not turn off', () => {
      // given
      const enabled = Object.keys(recommended.rules ?? {}).filter(
        (rule) => LINT_CONFIG.rules?.[rule] !== 'off',
      );
      // when
      const missing = enabled.filter((rule) => !LINT_RULES[rule]);
      // then
      expect(missing).toEqual([]);
    });
  });

  describe('files that are not BPMN', () => {
    it.each([
      [
        'XML that is not BPMN',
        '<invoice><amount>12</amount></invoice>',
        /^The file is not a BPMN 2.0 model: unexpected element <invoice> at line 1, column 1;/,
      ],
      [
        'truncated XML',
        singleProcess(userTask('Task_user')).slice(0, 1200),
        /^The file is not well-formed XML: .* at line \d+, column \d+/,
      ],
      [
        'text that is not XML',
        'Halvårsrapport 2024',
        /^The file is not well-formed XML: missing start tag/,
      ],
      ['an empty file', '  ', /^The file is empty/],
    ])('reports %s as a single xml problem', async (_, xml, message) => {
      // given the file of the table row
      // when
      const result = await validateModel(xml, catalog);
      // then
      expect(result).toEqual({
        processKey: null,
        processName: null,
        problems: [
          {
            elementId: null,
            rule: 'xml',
            message: expect.stringMatching(message),
          },
        ],
      });
    });

    it('reports an attribute the element type does not define as an xml problem on that element', async () => {
      // given
      const xml = singleProcess(
        serviceTask('Task_service', {
          'camunda:type': 'external',
          'camunda:topic': 'identity.notify-report-received',
          'camunda:formKey': 'halvarsrapport:kontroll',
        }),
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: 'Task_service',
          rule: 'xml',
          message:
            'Service task "Varsle" (Task_service) has the attribute camunda:formKey, which is not defined for this element type; remove it.',
        },
      ]);
    });

    it('reports an element BPMN does not define with its line and column', async () => {
      // given
      const xml = singleProcess(userTask('Task_user')).replace(
        '<bpmn:endEvent',
        '<bpmn:approvalTask id="Task_unknown" /><bpmn:endEvent',
      );
      // when
      const { problems } = await validateModel(xml, catalog);
      // then
      expect(problems).toEqual([
        {
          elementId: null,
          rule: 'xml',
          message: expect.stringMatching(
            /^Part of the file cannot be read \(unknown type <bpmn:ApprovalTask> at line \d+, column \d+, near <bpmn:approvalTask>\)/,
          ),
        },
      ]);
    });
  });

  describe('MIWG reference samples', () => {
    it.each(sampleFiles())(
      'validates %s without throwing, naming elements that exist',
      async (file) => {
        // given a reference model drawn by another tool
        // when
        const { xml, result } = await validateSample(file);
        // then
        for (const { elementId, rule, message } of result.problems) {
          expect(rule).toMatch(/^(xml|bpmnlint\/[a-z-]+|bvr\/[a-z-]+)$/);
          expect(message).toMatch(/^[A-Z].*\.$/s);
          if (elementId === null) expect(WHOLE_FILE_RULES).toContain(rule);
          else expect(xml).toContain(`id="${elementId}"`);
        }
      },
    );

    it('explains that A.1.0 has no executable process and is not UTF-8', async () => {
      // given a single non-executable process saved as ISO-8859-1
      // when
      const { result } = await validateSample('miwg-reference-A.1.0.bpmn');
      // then
      expect(result).toEqual({
        processKey: null,
        processName: null,
        problems: [
          {
            elementId: null,
            rule: 'bvr/executable-process',
            message: expect.any(String),
          },
          {
            elementId: null,
            rule: 'xml',
            message:
              'The file declares the encoding ISO-8859-1; save it as UTF-8, the only encoding read here.',
          },
        ],
      });
    });

    it('flags the duplicate message names of A.4.0', async () => {
      // given two pools, neither executable, and two messages without a name
      // when
      const { result } = await validateSample('miwg-reference-A.4.0.bpmn');
      // then
      expect(result.problems.map((p) => [p.elementId, p.rule])).toEqual([
        [null, 'bvr/executable-process'],
        [null, 'xml'],
        ['Message_1373649949207', 'bpmnlint/global'],
        ['Message_1373649949208', 'bpmnlint/global'],
      ]);
    });

    it('explains what in the executable invoice process of C.1.0 cannot run here', async () => {
      // given Camunda's invoice process, whose extension attributes use the Activiti namespace
      // when
      const { result } = await validateSample('miwg-reference-C.1.0.bpmn');
      // then
      expect(result.processKey).toBe('bpmn-miwg-test-case-c.1.0');
      expect(result.problems.map((p) => [p.elementId, p.rule])).toEqual([
        ['approveInvoice', 'bvr/user-task-candidate-groups'],
        ['approveInvoice', 'bvr/user-task-form-key'],
        ['archiveInvoice', 'bvr/external-task-topic'],
        ['assignApprover', 'bvr/user-task-candidate-groups'],
        ['assignApprover', 'bvr/user-task-form-key'],
        ['prepareBankTransfer', 'bvr/user-task-candidate-groups'],
        ['prepareBankTransfer', 'bvr/user-task-form-key'],
        ['reviewInvoice', 'bvr/user-task-candidate-groups'],
        ['reviewInvoice', 'bvr/user-task-form-key'],
      ]);
    });
  });
});
