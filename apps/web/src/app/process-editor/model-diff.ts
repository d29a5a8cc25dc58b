/**
 * What changed between two versions of a BPMN model, element by element (by id). Works on parsed
 * bpmn-moddle definitions (with the Camunda extension), from the modeler or from `BpmnModdle`;
 * layout (BPMN DI) is left out: moving a shape is not a change a deployment cares about.
 */

/** The part of a bpmn-moddle element this file reads. */
export interface ModdleLike {
  readonly $type: string;
  readonly id?: unknown;
  readonly name?: unknown;
  get?(property: string): unknown;
}

/** The attributes compared besides name and type, in the order they are shown. */
export const DIFF_PROPERTIES = [
  'formKey',
  'candidateGroups',
  'candidateUsers',
  'assignee',
  'implementation',
  'topic',
  'calledElement',
  'timer',
  'condition',
  'message',
] as const;
export type DiffProperty = (typeof DIFF_PROPERTIES)[number];
export type DiffField = 'name' | 'type' | DiffProperty;

export const FIELD_LABELS: Readonly<Record<DiffField, string>> = {
  name: 'Navn',
  type: 'Type',
  formKey: 'Skjema (formKey)',
  candidateGroups: 'Kandidatgrupper',
  candidateUsers: 'Kandidatbrukere',
  assignee: 'Tildelt',
  implementation: 'Implementasjon',
  topic: 'Emne for ekstern oppgave (topic)',
  calledElement: 'Kalt prosess',
  timer: 'Tidsuttrykk',
  condition: 'Betingelse',
  message: 'Melding',
};

/** One element of a model as the diff sees it. */
export interface ElementSummary {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
  readonly properties: Readonly<Partial<Record<DiffProperty, string>>>;
}

export interface FieldChange {
  readonly field: DiffField;
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface ElementChange {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
  readonly changes: readonly FieldChange[];
}

export interface ModelDiff {
  readonly added: readonly ElementSummary[];
  readonly removed: readonly ElementSummary[];
  readonly changed: readonly ElementChange[];
}

/** Where child elements with ids live in the BPMN meta-model (not DI, not extension elements). */
const CHILDREN = [
  'rootElements',
  'flowElements',
  'laneSets',
  'lanes',
  'childLaneSet',
  'participants',
  'messageFlows',
  'artifacts',
] as const;

const isModdle = (value: unknown): value is ModdleLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { $type?: unknown }).$type === 'string';

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
};

/** A property by its (namespaced) name; null when the type does not have it. */
function read(element: ModdleLike, property: string): unknown {
  try {
    if (typeof element.get === 'function') return element.get(property);
  } catch {
    return undefined;
  }
  return (element as unknown as Record<string, unknown>)[property];
}

const field = (element: ModdleLike, property: string): unknown =>
  (element as unknown as Record<string, unknown>)[property];

function list(element: ModdleLike, property: string): ModdleLike[] {
  const value = field(element, property);
  if (Array.isArray(value)) return value.filter(isModdle);
  return isModdle(value) ? [value] : [];
}

const expressionBody = (value: unknown): string | null =>
  isModdle(value) ? text(field(value, 'body')) : null;

function timerOf(element: ModdleLike): string | null {
  const timers = list(element, 'eventDefinitions')
    .filter((definition) => definition.$type === 'bpmn:TimerEventDefinition')
    .flatMap((definition) =>
      (['timeDuration', 'timeDate', 'timeCycle'] as const).flatMap((kind) => {
        const body = expressionBody(field(definition, kind));
        return body === null ? [] : [`${kind}: ${body}`];
      }),
    );
  return timers.length > 0 ? timers.join('; ') : null;
}

function messageOf(element: ModdleLike): string | null {
  const refs = [
    field(element, 'messageRef'),
    ...list(element, 'eventDefinitions').map((definition) =>
      field(definition, 'messageRef'),
    ),
  ].filter(isModdle);
  const names = refs.map((ref) => text(ref.name) ?? text(ref.id) ?? '');
  const joined = names.filter((name) => name !== '').join('; ');
  return joined === '' ? null : joined;
}

function implementationOf(element: ModdleLike): string | null {
  const type = text(read(element, 'camunda:type'));
  if (type !== null) return type;
  for (const [property, label] of [
    ['camunda:class', 'class'],
    ['camunda:expression', 'expression'],
    ['camunda:delegateExpression', 'delegateExpression'],
  ] as const) {
    const value = text(read(element, property));
    if (value !== null) return `${label}: ${value}`;
  }
  return null;
}

function propertiesOf(
  element: ModdleLike,
): Partial<Record<DiffProperty, string>> {
  const values: Record<DiffProperty, string | null> = {
    formKey: text(read(element, 'camunda:formKey')),
    candidateGroups: text(read(element, 'camunda:candidateGroups')),
    candidateUsers: text(read(element, 'camunda:candidateUsers')),
    assignee: text(read(element, 'camunda:assignee')),
    implementation: implementationOf(element),
    topic: text(read(element, 'camunda:topic')),
    calledElement: text(field(element, 'calledElement')),
    timer: timerOf(element),
    condition: expressionBody(field(element, 'conditionExpression')),
    message: messageOf(element),
  };
  const present: Partial<Record<DiffProperty, string>> = {};
  for (const property of DIFF_PROPERTIES) {
    const value = values[property];
    if (value !== null) present[property] = value;
  }
  return present;
}

/** Every element with an id in the model, in document order, keyed by id. */
export function summarizeModel(
  definitions: unknown,
): ReadonlyMap<string, ElementSummary> {
  const summaries = new Map<string, ElementSummary>();
  const seen = new Set<unknown>();
  const visit = (element: ModdleLike): void => {
    if (seen.has(element)) return;
    seen.add(element);
    const id = text(element.id);
    if (
      id !== null &&
      element.$type !== 'bpmn:Definitions' &&
      !element.$type.startsWith('bpmndi:') &&
      !summaries.has(id)
    )
      summaries.set(id, {
        id,
        type: element.$type,
        name: text(element.name),
        properties: propertiesOf(element),
      });
    for (const property of CHILDREN)
      for (const child of list(element, property)) visit(child);
  };
  if (isModdle(definitions)) visit(definitions);
  return summaries;
}

function fieldChanges(
  before: ElementSummary,
  after: ElementSummary,
): FieldChange[] {
  const pairs: Array<[DiffField, string | null, string | null]> = [
    ['type', typeLabel(before.type), typeLabel(after.type)],
    ['name', before.name, after.name],
    ...DIFF_PROPERTIES.map(
      (property): [DiffField, string | null, string | null] => [
        property,
        before.properties[property] ?? null,
        after.properties[property] ?? null,
      ],
    ),
  ];
  return pairs
    .filter(([, was, is]) => was !== is)
    .map(([name, was, is]) => ({
      field: name,
      label: FIELD_LABELS[name],
      before: was,
      after: is,
    }));
}

/** Added, removed and changed elements from `before` (the deployed version; null if none) to `after`. */
export function diffModels(
  before: ReadonlyMap<string, ElementSummary> | null,
  after: ReadonlyMap<string, ElementSummary>,
): ModelDiff {
  const previous = before ?? new Map<string, ElementSummary>();
  const added: ElementSummary[] = [];
  const changed: ElementChange[] = [];
  for (const [id, element] of after) {
    const old = previous.get(id);
    if (!old) {
      added.push(element);
      continue;
    }
    const changes = fieldChanges(old, element);
    if (changes.length > 0)
      changed.push({ id, type: element.type, name: element.name, changes });
  }
  const removed = [...previous.values()].filter(
    (element) => !after.has(element.id),
  );
  return { added, removed, changed };
}

export const isEmptyDiff = (diff: ModelDiff): boolean =>
  diff.added.length === 0 &&
  diff.removed.length === 0 &&
  diff.changed.length === 0;

/** The key a deployment gets: the id of the first executable process, else of the first process. */
export function processKeyOf(definitions: unknown): string | null {
  if (!isModdle(definitions)) return null;
  const processes = list(definitions, 'rootElements').filter(
    (element) => element.$type === 'bpmn:Process',
  );
  const executable = processes.find(
    (process) => field(process, 'isExecutable') === true,
  );
  return text((executable ?? processes[0])?.id);
}

const TYPE_LABELS: Readonly<Record<string, string>> = {
  'bpmn:Process': 'Prosess',
  'bpmn:Collaboration': 'Samarbeid',
  'bpmn:Participant': 'Deltaker (pool)',
  'bpmn:Lane': 'Svømmebane',
  'bpmn:LaneSet': 'Sett av svømmebaner',
  'bpmn:StartEvent': 'Starthendelse',
  'bpmn:EndEvent': 'Slutthendelse',
  'bpmn:IntermediateCatchEvent': 'Mellomliggende hendelse (venter)',
  'bpmn:IntermediateThrowEvent': 'Mellomliggende hendelse (sender)',
  'bpmn:BoundaryEvent': 'Grensehendelse',
  'bpmn:Task': 'Oppgave',
  'bpmn:UserTask': 'Brukeroppgave',
  'bpmn:ServiceTask': 'Tjenesteoppgave',
  'bpmn:SendTask': 'Sendeoppgave',
  'bpmn:ReceiveTask': 'Mottaksoppgave',
  'bpmn:ScriptTask': 'Skriptoppgave',
  'bpmn:BusinessRuleTask': 'Forretningsregeloppgave',
  'bpmn:ManualTask': 'Manuell oppgave',
  'bpmn:CallActivity': 'Kall på prosess',
  'bpmn:SubProcess': 'Delprosess',
  'bpmn:ExclusiveGateway': 'Eksklusiv port',
  'bpmn:ParallelGateway': 'Parallell port',
  'bpmn:InclusiveGateway': 'Inkluderende port',
  'bpmn:EventBasedGateway': 'Hendelsesbasert port',
  'bpmn:SequenceFlow': 'Sekvensflyt',
  'bpmn:MessageFlow': 'Meldingsflyt',
  'bpmn:Message': 'Melding',
  'bpmn:Signal': 'Signal',
  'bpmn:Error': 'Feil',
  'bpmn:Escalation': 'Eskalering',
  'bpmn:TextAnnotation': 'Tekstmerknad',
  'bpmn:Association': 'Tilknytning',
  'bpmn:Group': 'Gruppe',
  'bpmn:DataObjectReference': 'Dataobjekt',
  'bpmn:DataStoreReference': 'Datalager',
};

/** `Brukeroppgave` for `bpmn:UserTask`; an unknown type shows its local name. */
export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type.slice(type.indexOf(':') + 1);
}

/** `Brukeroppgave «Kontroll» (Task_kontroll)`, or `Brukeroppgave Task_kontroll` without a name. */
export function describeSummary(element: {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
}): string {
  const kind = typeLabel(element.type);
  return element.name
    ? `${kind} «${element.name}» (${element.id})`
    : `${kind} ${element.id}`;
}
