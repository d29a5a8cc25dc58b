/** Norwegian texts of «Prosesser»: statuses, history events, element types, counts and dates. */

/** Where the pages are mounted (see `processAdminRoutes`). */
export const PROCESS_ADMIN_PATH = '/admin/prosesser';

export const diagramLink = (key: string, version: number): string[] => [
  PROCESS_ADMIN_PATH,
  key,
  String(version),
];
export const instanceLink = (id: string): string[] => [
  PROCESS_ADMIN_PATH,
  'instanser',
  id,
];
/** «Rediger» is built elsewhere; this only links to it. */
export const editLink = (key: string): string[] => [
  PROCESS_ADMIN_PATH,
  'rediger',
  key,
];

/**
 * Who deployed a version: the person's name, «Systemet (bpmn/<fil>)» for the start-up deployer
 * (`system:<file>`), else the id the service recorded (a machine client).
 */
export function deployerLabel(version: {
  readonly deployedBy: string | null;
  readonly deployedByName: string | null;
}): string {
  if (version.deployedByName) return version.deployedByName;
  const by = version.deployedBy ?? '';
  return by.startsWith('system:')
    ? `Systemet (bpmn/${by.slice('system:'.length)})`
    : by;
}

export const INSTANCE_STATUS_LABELS: Readonly<Record<string, string>> = {
  running: 'Pågår',
  completed: 'Fullført',
  cancelled: 'Avbrutt',
};

export const instanceStatusLabel = (status: string): string =>
  INSTANCE_STATUS_LABELS[status] ?? status;

export const TASK_STATUS_LABELS: Readonly<Record<string, string>> = {
  open: 'Åpen',
  completed: 'Løst',
  cancelled: 'Avbrutt',
};

export const taskStatusLabel = (status: string | null): string =>
  status ? (TASK_STATUS_LABELS[status] ?? status) : '';

/** The history event types of the workflow service; an unknown type is shown as it is. */
export const HISTORY_EVENT_LABELS: Readonly<Record<string, string>> = {
  'instance.started': 'Instansen startet',
  'instance.completed': 'Instansen fullført',
  'instance.cancelled': 'Instansen avbrutt',
  'activity.entered': 'Aktivitet startet',
  'activity.left': 'Aktivitet fullført',
  'task.completed': 'Oppgave løst',
  'task.claimed': 'Oppgave tatt',
  'task.unclaimed': 'Oppgave lagt tilbake',
  'task.assigned': 'Oppgave tildelt',
  'message.correlated': 'Melding mottatt',
  'timer.fired': 'Tidsfrist utløst',
  'job.completed': 'Jobb utført',
  'job.failed': 'Jobb feilet',
  'incident.resolved': 'Feil løst (prøvd igjen)',
};

export const historyEventLabel = (type: string): string =>
  HISTORY_EVENT_LABELS[type] ?? type;

const ELEMENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  'bpmn:UserTask': 'Brukeroppgave',
  'bpmn:ServiceTask': 'Tjenesteoppgave',
  'bpmn:SendTask': 'Sendeoppgave',
  'bpmn:ReceiveTask': 'Mottaksoppgave',
  'bpmn:ScriptTask': 'Skriptoppgave',
  'bpmn:BusinessRuleTask': 'Regeloppgave',
  'bpmn:ManualTask': 'Manuell oppgave',
  'bpmn:Task': 'Oppgave',
  'bpmn:CallActivity': 'Kalt prosess',
  'bpmn:SubProcess': 'Delprosess',
  'bpmn:StartEvent': 'Starthendelse',
  'bpmn:EndEvent': 'Slutthendelse',
  'bpmn:IntermediateCatchEvent': 'Mellomhendelse (venter)',
  'bpmn:IntermediateThrowEvent': 'Mellomhendelse',
  'bpmn:BoundaryEvent': 'Grensehendelse',
  'bpmn:ExclusiveGateway': 'Eksklusiv port',
  'bpmn:ParallelGateway': 'Parallell port',
  'bpmn:InclusiveGateway': 'Inkluderende port',
  'bpmn:EventBasedGateway': 'Hendelsesbasert port',
};

/** «Brukeroppgave» for `bpmn:UserTask`; an unknown type without its prefix. */
export function elementTypeLabel(type: string | null): string {
  if (!type) return '';
  return ELEMENT_TYPE_LABELS[type] ?? type.replace(/^bpmn:/, '');
}

/** «1 instans venter», «3 instanser venter». */
export const waitingLabel = (waiting: number): string =>
  `${waiting} ${waiting === 1 ? 'instans venter' : 'instanser venter'}`;

/** «1 feil», «2 feil» (Norwegian «feil» is the same in plural). */
export const incidentLabel = (incidents: number): string => `${incidents} feil`;

/** A count the service may not give yet: the number, or «–». */
export const countText = (value: number | null): string =>
  value === null ? '–' : String(value);

/** «Halvårsrapport» or, without a name, the key. */
export const processName = (definition: {
  readonly key: string;
  readonly name: string | null;
}): string => definition.name ?? definition.key;

/** The canvas's accessible name; the activity list beside it has every number. */
export function diagramLabel(
  name: string,
  version: number,
  activities: number,
): string {
  const shown = activities === 1 ? '1 aktivitet' : `${activities} aktiviteter`;
  return `Prosessdiagram for ${name}, versjon ${version}, med ${shown}. Tallene står også i listen over aktiviteter.`;
}

/** The instance's path's accessible name. */
export function pathLabel(
  name: string,
  version: number,
  current: readonly string[],
): string {
  const now = current.length === 0 ? '' : ` Står nå i: ${current.join(', ')}.`;
  return `Prosessdiagram for ${name}, versjon ${version}, med veien instansen har gått.${now}`;
}

/** The first block of the UUID: enough to tell instances apart on screen. */
export const shortId = (id: string): string => id.slice(0, 8);

/** A variable's value as text: strings as they are, anything else as JSON. */
export function variableText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

// Norwegian dates in Norwegian time, whatever the browser's zone.
const DATE_TIME = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});
const TIMESTAMP = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Oslo',
});

const dateOf = (iso: string | null): Date | null => {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
};

/** «07.11.2026, 14:05» in Norwegian time, or "" for no date. */
export function formatDateTime(iso: string | null): string {
  const date = dateOf(iso);
  return date ? DATE_TIME.format(date) : '';
}

/** «07.11.2026, 14:05:09»: the history needs the seconds to tell steps apart. */
export function formatTimestamp(iso: string | null): string {
  const date = dateOf(iso);
  return date ? TIMESTAMP.format(date) : '';
}

/** The workflow service's limit on a cancel reason. */
export const MAX_REASON_LENGTH = 2000;

/** Why a cancel reason cannot be sent, or null when it can. */
export function cancelReasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed === '') return 'Skriv hvorfor instansen avbrytes.';
  if (trimmed.length > MAX_REASON_LENGTH)
    return `Begrunnelsen kan være på høyst ${MAX_REASON_LENGTH} tegn.`;
  return null;
}
