import {
  describeElement,
  ModdleElement,
  ModelProblem,
  problem,
} from './model-problem';
import type { ModelCatalog } from './validate-model';

type FlowElementRule = (
  element: ModdleElement,
  catalog: ModelCatalog,
) => ModelProblem[];

const UNSUPPORTED_TYPES = [
  'bpmn:BusinessRuleTask',
  'bpmn:ComplexGateway',
  'bpmn:Transaction',
  'bpmn:ChoreographyActivity',
];
const UNSUPPORTED_ROOT_TYPES = ['bpmn:Choreography', 'bpmn:GlobalConversation'];
const JAVA_IMPLEMENTATIONS = [
  'camunda:class',
  'camunda:expression',
  'camunda:delegateExpression',
];

export function executableProcesses(
  definitions: ModdleElement,
): ModdleElement[] {
  return many(definitions, 'rootElements').filter(
    (root) =>
      root.$type === 'bpmn:Process' && root.get('isExecutable') === true,
  );
}

export function checkOurRules(
  definitions: ModdleElement,
  catalog: ModelCatalog,
): ModelProblem[] {
  const processes = executableProcesses(definitions);
  const flowElements = processes.flatMap(flowElementsDeep);
  return [
    ...executableProcessRule(processes),
    ...unsupportedDiagramRule(definitions),
    ...flowElements.flatMap((element) =>
      FLOW_ELEMENT_RULES.flatMap((rule) => rule(element, catalog)),
    ),
  ];
}

function executableProcessRule(processes: ModdleElement[]): ModelProblem[] {
  const rule = 'bvr/executable-process';
  if (processes.length === 0) {
    return [
      problem(
        null,
        rule,
        'The model has no executable process; mark the process to deploy as executable.',
      ),
    ];
  }
  if (processes.length === 1) return [];
  return processes.map((process) =>
    problem(
      process,
      rule,
      `${describeElement(process)} is one of ${processes.length} executable processes; mark only the process to deploy as executable.`,
    ),
  );
}

function unsupportedDiagramRule(definitions: ModdleElement): ModelProblem[] {
  const roots = many(definitions, 'rootElements');
  const unsupportedRoots = roots.filter((root) =>
    UNSUPPORTED_ROOT_TYPES.some((type) => root.$instanceOf(type)),
  );
  const conversations = roots
    .filter((root) => root.$type === 'bpmn:Collaboration')
    .flatMap((collaboration) => many(collaboration, 'conversations'));
  return [...unsupportedRoots, ...conversations].map((element) =>
    problem(
      element,
      'bvr/unsupported-element',
      `${describeElement(element)} belongs to a choreography or conversation diagram, which this engine cannot run; model a process instead.`,
    ),
  );
}

const userTaskFormKey: FlowElementRule = (element, catalog) => {
  if (element.$type !== 'bpmn:UserTask') return [];
  const formKey = text(element, 'camunda:formKey');
  const rule = 'bvr/user-task-form-key';
  if (!formKey) {
    return [
      problem(
        element,
        rule,
        `${describeElement(element)} has no form key; set camunda:formKey to ${oneOf(catalog.formKeys)}.`,
      ),
    ];
  }
  if (catalog.formKeys.has(formKey)) return [];
  return [
    problem(
      element,
      rule,
      `${describeElement(element)} uses the form key "${formKey}", which the SPA cannot render; use ${oneOf(catalog.formKeys)}.`,
    ),
  ];
};

const userTaskCandidateGroups: FlowElementRule = (element) => {
  if (element.$type !== 'bpmn:UserTask') return [];
  const groups = text(element, 'camunda:candidateGroups');
  const rule = 'bvr/user-task-candidate-groups';
  if (!groups) {
    return [
      problem(
        element,
        rule,
        `${describeElement(element)} has no candidate groups; set camunda:candidateGroups to the groups that may work on it.`,
      ),
    ];
  }
  const broken = brokenCandidateGroup(groups);
  if (broken === null) return [];
  return [
    problem(
      element,
      rule,
      `${describeElement(element)} has a malformed candidate group "${broken}"; separate groups with commas and close every \${ with }.`,
    ),
  ];
};

const externalTaskTopic: FlowElementRule = (element, catalog) => {
  if (element.$type !== 'bpmn:ServiceTask' && element.$type !== 'bpmn:SendTask')
    return [];
  const implementation =
    JAVA_IMPLEMENTATIONS.find((property) => text(element, property)) ??
    (hasConnector(element) ? 'camunda:connector' : undefined);
  const topic = text(element, 'camunda:topic');
  const use = `set the implementation to external with a topic from the catalog (${oneOf(catalog.topics)})`;
  const say = (message: string) => [
    problem(
      element,
      'bvr/external-task-topic',
      `${describeElement(element)} ${message}.`,
    ),
  ];
  if (implementation)
    return say(
      `is implemented with ${implementation}, but only external tasks run here; ${use}`,
    );
  if (element.get('camunda:type') !== 'external')
    return say(`is not an external task; ${use}`);
  if (!topic) return say(`has no topic; ${use}`);
  if (!catalog.topics.has(topic))
    return say(`uses the topic "${topic}", which no service handles; ${use}`);
  return [];
};

const noScriptTask: FlowElementRule = (element) =>
  element.$type === 'bpmn:ScriptTask'
    ? [
        problem(
          element,
          'bvr/no-script-task',
          `${describeElement(element)} is a script task, which this engine does not run; use an external service task instead.`,
        ),
      ]
    : [];

const noScript: FlowElementRule = (element) => {
  const conditions = [
    element.$type === 'bpmn:SequenceFlow'
      ? one(element, 'conditionExpression')
      : undefined,
    ...eventDefinitions(element, 'bpmn:ConditionalEventDefinition').map(
      (definition) => one(definition, 'condition'),
    ),
  ];
  const scripted = conditions.find(
    (condition) => condition && text(condition, 'language'),
  );
  if (!scripted) return [];
  return [
    problem(
      element,
      'bvr/no-script',
      `${describeElement(element)} has a condition in the script language "${text(scripted, 'language')}"; remove the language and write an \${...} expression.`,
    ),
  ];
};

const unsupportedElement: FlowElementRule = (element) =>
  UNSUPPORTED_TYPES.some((type) => element.$instanceOf(type))
    ? [
        problem(
          element,
          'bvr/unsupported-element',
          `${describeElement(element)} is an element type this engine cannot run; replace it with a supported task, gateway or sub process.`,
        ),
      ]
    : [];

const messageName: FlowElementRule = (element) => {
  const receivers = element.$type === 'bpmn:ReceiveTask' ? [element] : [];
  const catchers = element.$instanceOf('bpmn:CatchEvent')
    ? eventDefinitions(element, 'bpmn:MessageEventDefinition')
    : [];
  const unnamed = [...receivers, ...catchers].some(
    (holder) => !one(holder, 'messageRef')?.name?.trim(),
  );
  if (!unnamed) return [];
  return [
    problem(
      element,
      'bvr/message-name',
      `${describeElement(element)} waits for a message but refers to no named bpmn:Message; select or create a message with a name.`,
    ),
  ];
};

const timerDefinition: FlowElementRule = (element) => {
  const incomplete = eventDefinitions(
    element,
    'bpmn:TimerEventDefinition',
  ).some(
    (timer) =>
      !['timeDuration', 'timeDate', 'timeCycle'].some((property) =>
        text(one(timer, property), 'body'),
      ),
  );
  if (!incomplete) return [];
  return [
    problem(
      element,
      'bvr/timer-definition',
      `${describeElement(element)} has a timer without a time; set a duration, date or cycle.`,
    ),
  ];
};

const FLOW_ELEMENT_RULES: FlowElementRule[] = [
  userTaskFormKey,
  userTaskCandidateGroups,
  externalTaskTopic,
  noScriptTask,
  noScript,
  unsupportedElement,
  messageName,
  timerDefinition,
];

/** The first group in a comma separated list that is empty or has an unbalanced `${...}`, or null. */
export function brokenCandidateGroup(groups: string): string | null {
  return (
    splitOutsideBraces(groups).find((group) => !isWellFormedGroup(group)) ??
    null
  );
}

function splitOutsideBraces(list: string): string[] {
  const items = [''];
  let depth = 0;
  for (const char of list) {
    if (char === ',' && depth === 0) {
      items.push('');
      continue;
    }
    if (char === '{') depth++;
    if (char === '}') depth = Math.max(0, depth - 1);
    items[items.length - 1] += char;
  }
  return items.map((item) => item.trim());
}

function isWellFormedGroup(group: string): boolean {
  if (!group || group.includes('${}')) return false;
  let depth = 0;
  for (let i = 0; i < group.length; i++) {
    if (group[i] === '{') {
      if (depth === 0 && group[i - 1] !== '$') return false;
      depth++;
    } else if (group[i] === '}' && --depth < 0) {
      return false;
    }
  }
  return depth === 0;
}

function flowElementsDeep(container: ModdleElement): ModdleElement[] {
  return many(container, 'flowElements').flatMap((element) =>
    element.$instanceOf('bpmn:SubProcess')
      ? [element, ...flowElementsDeep(element)]
      : [element],
  );
}

function eventDefinitions(
  element: ModdleElement,
  type: string,
): ModdleElement[] {
  if (!element.$instanceOf('bpmn:Event')) return [];
  return many(element, 'eventDefinitions').filter(
    (definition) => definition.$type === type,
  );
}

function hasConnector(element: ModdleElement): boolean {
  const extensions = one(element, 'extensionElements');
  return (
    !!extensions &&
    many(extensions, 'values').some(
      (value) => value.$type === 'camunda:Connector',
    )
  );
}

function oneOf(values: ReadonlySet<string>): string {
  return values.size === 0
    ? 'a registered value (none are registered)'
    : `one of ${[...values].join(', ')}`;
}

function many(element: ModdleElement, property: string): ModdleElement[] {
  const value = element.get(property);
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

function one(
  element: ModdleElement | undefined,
  property: string,
): ModdleElement | undefined {
  const value = element?.get(property);
  return isModdleElement(value) ? value : undefined;
}

function text(
  element: ModdleElement | undefined,
  property: string,
): string | undefined {
  const value = element?.get(property);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function isModdleElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ModdleElement).$instanceOf === 'function'
  );
}
