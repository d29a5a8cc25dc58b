import {
  elementProblem,
  isAny,
  many,
  ModdleElement,
  ModelProblem,
  one,
  problem,
  text,
} from './model-problem';
import type { ModelCatalog } from './validate-model';

/** Returns what is wrong with the element, as the rest of a sentence that starts with its name. */
type Check = (
  element: ModdleElement,
  catalog: ModelCatalog,
) => string | undefined;

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
const TIMER_PROPERTIES = ['timeDuration', 'timeDate', 'timeCycle'];
const EXPRESSION = /\$\{[^{}]+\}/g;

export function executableProcesses(definitions: ModdleElement) {
  return many(definitions, 'rootElements').filter(
    (root) => root.$type === 'bpmn:Process' && root.get('isExecutable'),
  );
}

export function checkOurRules(
  definitions: ModdleElement,
  catalog: ModelCatalog,
): ModelProblem[] {
  const processes = executableProcesses(definitions);
  const elementProblems = processes
    .flatMap(flowElementsDeep)
    .flatMap((element) =>
      Object.entries(FLOW_ELEMENT_CHECKS).flatMap(([rule, check]) => {
        const flaw = check(element, catalog);
        return flaw ? [elementProblem(element, rule, flaw)] : [];
      }),
    );
  return [
    ...executableProcessRule(processes),
    ...unsupportedDiagramRule(definitions),
    ...elementProblems,
  ];
}

function executableProcessRule(processes: ModdleElement[]): ModelProblem[] {
  const rule = 'bvr/executable-process';
  const mark = 'mark only the process to deploy as executable';
  if (processes.length === 0) {
    return [
      problem(null, rule, `The model has no executable process; ${mark}.`),
    ];
  }
  if (processes.length === 1) return [];
  const count = `is one of ${processes.length} executable processes`;
  return processes.map((p) => elementProblem(p, rule, `${count}; ${mark}.`));
}

function unsupportedDiagramRule(definitions: ModdleElement): ModelProblem[] {
  const roots = many(definitions, 'rootElements');
  const conversations = roots
    .filter((root) => root.$type === 'bpmn:Collaboration')
    .flatMap((collaboration) => many(collaboration, 'conversations'));
  const choreographies = roots.filter((root) =>
    isAny(root, UNSUPPORTED_ROOT_TYPES),
  );
  const flaw =
    'belongs to a choreography or conversation diagram, which this engine cannot run; model a process instead.';
  return [...choreographies, ...conversations].map((element) =>
    elementProblem(element, 'bvr/unsupported-element', flaw),
  );
}

const userTaskFormKey: Check = (element, { formKeys }) => {
  const formKey = text(element, 'camunda:formKey');
  if (element.$type !== 'bpmn:UserTask' || formKeys.has(formKey ?? '')) return;
  const use = `use ${oneOf(formKeys)}`;
  if (!formKey) return `has no form key (camunda:formKey); ${use}.`;
  return `uses the form key "${formKey}", which the SPA cannot render; ${use}.`;
};

const userTaskCandidateGroups: Check = (element) => {
  if (element.$type !== 'bpmn:UserTask') return;
  const groups = text(element, 'camunda:candidateGroups');
  if (!groups) {
    return 'has no candidate groups; set camunda:candidateGroups to the groups that may work on it.';
  }
  const broken = brokenCandidateGroup(groups);
  if (broken === undefined) return;
  return `has a malformed candidate group "${broken}"; separate groups with commas and close every \${ with }.`;
};

const externalTaskTopic: Check = (element, { topics }) => {
  if (!isAny(element, ['bpmn:ServiceTask', 'bpmn:SendTask'])) return;
  const flaw = implementationFlaw(element) ?? topicFlaw(element, topics);
  if (!flaw) return;
  return `${flaw}; make it an external task with ${oneOf(topics)} as topic.`;
};

function implementationFlaw(element: ModdleElement): string | undefined {
  const other =
    JAVA_IMPLEMENTATIONS.find((property) => text(element, property)) ??
    (hasConnector(element) ? 'camunda:connector' : undefined);
  if (other) {
    return `is implemented with ${other}, but only external tasks run here`;
  }
  if (element.get('camunda:type') !== 'external') {
    return 'is not an external task';
  }
  return undefined;
}

function topicFlaw(element: ModdleElement, topics: ReadonlySet<string>) {
  const topic = text(element, 'camunda:topic');
  if (!topic) return 'has no topic';
  if (!topics.has(topic)) {
    return `uses the topic "${topic}", which no service handles`;
  }
  return undefined;
}

const noScriptTask: Check = (element) => {
  if (element.$type !== 'bpmn:ScriptTask') return;
  return 'is a script task, which this engine does not run; use an external service task instead.';
};

const noScript: Check = (element) => {
  const conditions = [
    element.$type === 'bpmn:SequenceFlow'
      ? one(element, 'conditionExpression')
      : undefined,
    ...eventDefinitions(element, 'bpmn:ConditionalEventDefinition').map((d) =>
      one(d, 'condition'),
    ),
  ];
  const language = conditions.map((c) => text(c, 'language')).find(Boolean);
  if (!language) return;
  return `has a condition in the script language "${language}"; remove the language and write an \${...} expression.`;
};

const unsupportedElement: Check = (element) => {
  if (!isAny(element, UNSUPPORTED_TYPES)) return;
  return 'is an element type this engine cannot run; use a supported task, gateway or sub process.';
};

const messageName: Check = (element) => {
  const receivers = element.$type === 'bpmn:ReceiveTask' ? [element] : [];
  const catchers = element.$instanceOf('bpmn:CatchEvent')
    ? eventDefinitions(element, 'bpmn:MessageEventDefinition')
    : [];
  const named = (holder: ModdleElement) =>
    one(holder, 'messageRef')?.name?.trim();
  if ([...receivers, ...catchers].every(named)) return;
  return 'waits for a message but refers to no named bpmn:Message; select or create a message with a name.';
};

const timerDefinition: Check = (element) => {
  const timers = eventDefinitions(element, 'bpmn:TimerEventDefinition');
  const timed = (timer: ModdleElement) =>
    TIMER_PROPERTIES.some((p) => text(one(timer, p), 'body'));
  if (timers.every(timed)) return;
  return 'has a timer without a time; set a duration, date or cycle.';
};

const FLOW_ELEMENT_CHECKS: Record<string, Check> = {
  'bvr/user-task-form-key': userTaskFormKey,
  'bvr/user-task-candidate-groups': userTaskCandidateGroups,
  'bvr/external-task-topic': externalTaskTopic,
  'bvr/no-script-task': noScriptTask,
  'bvr/no-script': noScript,
  'bvr/unsupported-element': unsupportedElement,
  'bvr/message-name': messageName,
  'bvr/timer-definition': timerDefinition,
};

/** The first group of a comma separated list that is empty or has a stray `$`, `{` or `}`. */
export function brokenCandidateGroup(groups: string): string | undefined {
  const expressions: string[] = [];
  const masked = groups.replace(
    EXPRESSION,
    (expression) => `\uE000${expressions.push(expression) - 1}\uE000`,
  );
  const broken = masked
    .split(',')
    .map((group) => group.trim())
    .find((group) => !group || /[${}]/.test(group));
  return broken?.replace(
    /\uE000(\d+)\uE000/g,
    (_, index) => expressions[Number(index)],
  );
}

function flowElementsDeep(container: ModdleElement): ModdleElement[] {
  return many(container, 'flowElements').flatMap((element) =>
    element.$instanceOf('bpmn:SubProcess')
      ? [element, ...flowElementsDeep(element)]
      : [element],
  );
}

function eventDefinitions(element: ModdleElement, type: string) {
  if (!element.$instanceOf('bpmn:Event')) return [];
  return many(element, 'eventDefinitions').filter((d) => d.$type === type);
}

function hasConnector(element: ModdleElement): boolean {
  const extensions = many(one(element, 'extensionElements'), 'values');
  return extensions.some((value) => value.$type === 'camunda:Connector');
}

function oneOf(values: ReadonlySet<string>): string {
  if (values.size === 0) return 'a registered value (none are registered)';
  return `one of ${[...values].join(', ')}`;
}
