/** The workflow service's tasks, through the gateway (same origin, the session's access token). */
export const TASKS_URL = '/api/workflow/tasks';

export type TaskStatus = 'open' | 'completed' | 'cancelled';

/** A kommune or bydel ("Rapporteringsenhet"), or a Statsforvalter office ("Ansvarlig etat"). */
export interface NamedRef {
  readonly id: string;
  readonly name: string | null;
}

/** One row of the inbox, as `GET /api/workflow/tasks` lists it. */
export interface TaskSummary {
  readonly id: string;
  readonly name: string;
  readonly status: TaskStatus;
  readonly reference: string | null;
  readonly reportingUnit: NamedRef | null;
  readonly responsibleOffice: NamedRef | null;
  readonly submittedAt: string | null;
  readonly dueAt: string | null;
  readonly createdAt: string;
  readonly completedAt: string | null;
  readonly assignee: string | null;
}

/** One page of the inbox. */
export interface TaskPage {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly items: readonly TaskSummary[];
}

/** The process variables the half-year report's task forms read; anything else is left out. */
export interface ReportTaskVariables {
  readonly reportId: string | null;
  readonly reportVersion: number | null;
  readonly periodId: number | null;
  readonly reportingUnitId: string | null;
  /** The Statsforvalter's message with the latest return («Nei»). */
  readonly returnMessage: string | null;
}

/**
 * The Statsforvalter's control decision (`halvarsrapport:kontroll`), as «Lagre» keeps it in the
 * task's draft, or as the completed task's outcome (which holds `approved` and `returnMessage`).
 */
export interface ControlDecision {
  readonly approved: boolean | null;
  readonly returnMessage: string;
  /** The Statsforvalter's own points (e.g. U3) as typed; saved in the reporting service at «Bekreft». */
  readonly statsforvalterValues: Readonly<Record<string, string>>;
}

/** Whom an applicant for access to «Utrapportering» represents (`tilgangssoknad`). */
export type ApplicantKind = 'unit' | 'statsforvalter' | 'external';
const APPLICANT_KINDS: readonly string[] = [
  'unit',
  'statsforvalter',
  'external',
];

/** The application's process variables, as the decision form (`tilgangssoknad:behandle`) shows them. */
export interface AccessApplicationVariables {
  readonly applicantName: string | null;
  readonly applicantKind: ApplicantKind | null;
  /** What the applicant represents: a kommune or bydel, an office, or an organisation. */
  readonly represents: string | null;
  readonly submittedAt: string | null;
}

/** «Godkjenner» Ja/Nei (`tilgangssoknad:behandle`): the draft, or the solved task's outcome. */
export interface AccessDecision {
  readonly approved: boolean | null;
}

/**
 * One task, as `GET /api/workflow/tasks/:id` answers. Of its variables, draft and outcome only what
 * the task forms need is kept, each narrowed to the shape the form expects.
 */
export interface TaskDetails extends TaskSummary {
  readonly formKey: string | null;
  readonly variables: ReportTaskVariables;
  readonly draft: ControlDecision | null;
  readonly outcome: ControlDecision | null;
  /** Only for `tilgangssoknad:behandle`. */
  readonly application: AccessApplicationVariables | null;
  /** Only for `tilgangssoknad:behandle`: the outcome once solved, else the draft. */
  readonly accessDecision: AccessDecision | null;
  /** Only for `bekymringsmelding:motta`: the message to download and confirm. */
  readonly concernMessageId: string | null;
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const STATUSES: readonly string[] = ['open', 'completed', 'cancelled'];

function namedRef(value: unknown): NamedRef | null {
  if (!isObject(value)) return null;
  const id = text(value['id']);
  return id ? { id, name: text(value['name']) } : null;
}

function summary(value: unknown): TaskSummary {
  const id = isObject(value) ? text(value['id']) : null;
  const status = isObject(value) ? value['status'] : null;
  const createdAt = isObject(value) ? text(value['createdAt']) : null;
  if (!isObject(value) || !id || !createdAt || !STATUSES.includes(`${status}`))
    throw new Error(
      'the workflow service answered with something that is not a task',
    );
  return {
    id,
    name: text(value['name']) ?? 'Oppgave',
    status: status as TaskStatus,
    reference: text(value['reference']),
    reportingUnit: namedRef(value['reportingUnit']),
    responsibleOffice: namedRef(value['responsibleOffice']),
    submittedAt: text(value['submittedAt']),
    dueAt: text(value['dueAt']),
    createdAt,
    completedAt: text(value['completedAt']),
    assignee: text(value['assignee']),
  };
}

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? value
    : 0;

/** Narrows the untrusted body of the inbox; throws (an error state) when it is not one. */
export function toTaskPage(body: unknown): TaskPage {
  if (!isObject(body) || !Array.isArray(body['items']))
    throw new Error(
      'the workflow service answered with something that is not an inbox page',
    );
  return {
    total: count(body['total']),
    page: Math.max(1, count(body['page'])),
    pageSize: Math.max(1, count(body['pageSize'])),
    items: body['items'].map(summary),
  };
}

const whole = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0
    ? value
    : null;

function reportVariables(value: unknown): ReportTaskVariables {
  const variables = isObject(value) ? value : {};
  return {
    reportId: text(variables['reportId']),
    reportVersion: whole(variables['reportVersion']),
    periodId: whole(variables['periodId']),
    reportingUnitId: text(variables['reportingUnitId']),
    returnMessage: text(variables['returnMessage']),
  };
}

function controlDecision(value: unknown): ControlDecision | null {
  if (!isObject(value)) return null;
  const approved = value['approved'];
  const own = isObject(value['statsforvalterValues'])
    ? value['statsforvalterValues']
    : {};
  return {
    approved: typeof approved === 'boolean' ? approved : null,
    returnMessage:
      typeof value['returnMessage'] === 'string' ? value['returnMessage'] : '',
    statsforvalterValues: Object.fromEntries(
      Object.entries(own).flatMap(([pointId, answer]) =>
        typeof answer === 'string' || typeof answer === 'number'
          ? [[pointId, `${answer}`]]
          : [],
      ),
    ),
  };
}

function applicationVariables(value: unknown): AccessApplicationVariables {
  const variables = isObject(value) ? value : {};
  const kind = variables['applicantKind'];
  return {
    applicantName: text(variables['applicantName']),
    applicantKind: APPLICANT_KINDS.includes(`${kind}`)
      ? (kind as ApplicantKind)
      : null,
    represents: text(variables['reportingUnitName']),
    submittedAt: text(variables['submittedAt']),
  };
}

function accessDecision(value: unknown): AccessDecision | null {
  if (!isObject(value)) return null;
  const approved = value['approved'];
  return { approved: typeof approved === 'boolean' ? approved : null };
}

/** Narrows the untrusted body of one task; throws (an error state) when it is not one. */
export function toTaskDetails(body: unknown): TaskDetails {
  const task = summary(body);
  const fields = isObject(body) ? body : {};
  const formKey = text(fields['formKey']);
  // Only the control task's draft and outcome have a form here to read them.
  const isControl = formKey === 'halvarsrapport:kontroll';
  return {
    ...task,
    formKey,
    variables: reportVariables(fields['variables']),
    draft: isControl ? controlDecision(fields['draft']) : null,
    outcome: isControl ? controlDecision(fields['outcome']) : null,
    ...accessFields(formKey, fields),
    concernMessageId:
      formKey === CONCERN_FORM && isObject(fields['variables'])
        ? text(fields['variables']['messageId'])
        : null,
  };
}

function accessFields(
  formKey: string | null,
  fields: Fields,
): Pick<TaskDetails, 'application' | 'accessDecision'> {
  if (formKey !== ACCESS_DECISION_FORM)
    return { application: null, accessDecision: null };
  return {
    application: applicationVariables(fields['variables']),
    accessDecision:
      accessDecision(fields['outcome']) ?? accessDecision(fields['draft']),
  };
}

/** The form key of «Godkjenne rapporttilgang» (bpmn/tilgangssoknad.bpmn). */
export const ACCESS_DECISION_FORM = 'tilgangssoknad:behandle';

/** The form key of «Last ned og bekreft» (bpmn/bekymringsmelding.bpmn). */
export const CONCERN_FORM = 'bekymringsmelding:motta';

/** A task id as the workflow service makes them: a UUID. */
export const isTaskId = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
