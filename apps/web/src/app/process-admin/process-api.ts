/**
 * The workflow service's admin API through the gateway (same origin, the session's access token),
 * and the narrowing of its untrusted answers. The API grows while this is written: every field that
 * is new (change note, counts per version, the version filter of the instance list) is optional
 * here, and an unknown value is `null` (shown as «–»), never a guess.
 */
export const WORKFLOW_URL = '/api/workflow';
export const DEFINITIONS_URL = `${WORKFLOW_URL}/definitions`;
export const INSTANCES_URL = `${WORKFLOW_URL}/process-instances`;
export const INCIDENTS_URL = `${WORKFLOW_URL}/incidents`;

const segment = encodeURIComponent;

export const definitionXmlUrl = (key: string, version: number): string =>
  `${DEFINITIONS_URL}/${segment(key)}/versions/${version}/xml`;
export const activityCountsUrl = (key: string, version: number): string =>
  `${DEFINITIONS_URL}/${segment(key)}/versions/${version}/activity-counts`;
export const instanceUrl = (id: string): string =>
  `${INSTANCES_URL}/${segment(id)}`;
export const cancelInstanceUrl = (id: string): string =>
  `${instanceUrl(id)}/cancel`;
export const migrateInstanceUrl = (id: string): string =>
  `${instanceUrl(id)}/migrate`;
export const retryIncidentUrl = (id: string): string =>
  `${INCIDENTS_URL}/${segment(id)}/retry`;

/** One deployed version of a process. */
export interface DefinitionVersion {
  readonly id: string;
  readonly version: number;
  readonly deployedAt: string | null;
  readonly deployedBy: string | null;
  /** The deployer's name, when a person deployed it. */
  readonly deployedByName: string | null;
  readonly contentHash: string | null;
  readonly changeNote: string | null;
  /** Null when the service does not (yet) count them. */
  readonly runningInstances: number | null;
  readonly openIncidents: number | null;
}

/** A process and its versions, newest first. */
export interface ProcessDefinition {
  readonly key: string;
  readonly name: string | null;
  readonly versions: readonly DefinitionVersion[];
}

/** How many instances wait at one activity of a version, and how many of them have an incident. */
export interface ActivityCount {
  readonly activityId: string;
  readonly waiting: number;
  readonly incidents: number;
}

export type InstanceStatus = 'running' | 'completed' | 'cancelled';

export interface CurrentActivity {
  readonly id: string;
  readonly name: string | null;
  readonly type: string | null;
}

/** One row of `GET /process-instances`. */
export interface InstanceSummary {
  readonly id: string;
  readonly definitionKey: string;
  readonly version: number | null;
  readonly businessKey: string | null;
  /** An unknown status is kept as the service said it. */
  readonly status: InstanceStatus | string;
  readonly startedAt: string | null;
  readonly startedBy: string | null;
  readonly endedAt: string | null;
  readonly cancelReason: string | null;
  readonly currentActivities: readonly CurrentActivity[];
  readonly openIncidents: number;
}

export interface InstancePage {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly items: readonly InstanceSummary[];
}

/** One line of an instance's history. */
export interface HistoryEvent {
  readonly id: string;
  readonly type: string;
  readonly activityId: string | null;
  readonly activityName: string | null;
  readonly activityType: string | null;
  readonly actor: string | null;
  readonly at: string | null;
  readonly data: Readonly<Record<string, unknown>> | null;
}

/** An external task whose handler gave up; the instance waits there until it is retried. */
export interface Incident {
  readonly id: string;
  readonly instanceId: string | null;
  readonly activityId: string | null;
  readonly topic: string | null;
  readonly error: string | null;
  readonly createdAt: string | null;
  readonly resolvedAt: string | null;
  readonly resolvedBy: string | null;
}

export interface InstanceTask {
  readonly id: string;
  readonly name: string | null;
  readonly activityId: string | null;
  readonly status: string | null;
  readonly assignee: string | null;
  readonly createdAt: string | null;
  readonly completedAt: string | null;
}

/** One instance, as `GET /process-instances/:id` answers. */
export interface InstanceDetails extends InstanceSummary {
  readonly variables: Readonly<Record<string, unknown>>;
  readonly tasks: readonly InstanceTask[];
  readonly incidents: readonly Incident[];
  readonly history: readonly HistoryEvent[];
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
/** Ids may come as numbers (bigint history ids are strings, but be lenient). */
const idOf = (value: unknown): string | null =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : text(value);
const countOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? value
    : null;
const count = (value: unknown): number => countOrNull(value) ?? 0;
const positive = (value: unknown): number | null => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0
    ? number
    : null;
};
const list = (value: unknown): readonly unknown[] =>
  Array.isArray(value) ? value : [];
const present = <T>(value: T | null): value is T => value !== null;

function notA(what: string): Error {
  return new Error(
    `the workflow service answered with something that is not ${what}`,
  );
}

function toVersion(value: unknown): DefinitionVersion | null {
  if (!isObject(value)) return null;
  const version = positive(value['version']);
  if (version === null) return null;
  return {
    id: idOf(value['id']) ?? `v${version}`,
    version,
    deployedAt: text(value['deployedAt']),
    deployedBy: text(value['deployedBy']),
    deployedByName: text(value['deployedByName']),
    contentHash: text(value['contentHash']),
    changeNote: text(value['changeNote']),
    runningInstances: countOrNull(value['runningInstances']),
    openIncidents: countOrNull(value['openIncidents']),
  };
}

function toDefinition(value: unknown): ProcessDefinition | null {
  if (!isObject(value)) return null;
  const key = text(value['key']);
  if (!key) return null;
  const versions = list(value['versions'])
    .map(toVersion)
    .filter(present)
    .sort((a, b) => b.version - a.version);
  return { key, name: text(value['name']), versions };
}

/** Narrows `GET /definitions`; entries that are not a process are left out. Throws on no list. */
export function toDefinitions(body: unknown): ProcessDefinition[] {
  if (!Array.isArray(body)) throw notA('a list of processes');
  return body
    .map(toDefinition)
    .filter(present)
    .sort((a, b) =>
      (a.name ?? a.key).localeCompare(b.name ?? b.key, 'nb', {
        sensitivity: 'base',
      }),
    );
}

function toActivityCount(value: unknown): ActivityCount | null {
  if (!isObject(value)) return null;
  const activityId = text(value['activityId']) ?? text(value['elementId']);
  return activityId
    ? {
        activityId,
        waiting: count(value['waiting']),
        incidents: count(value['incidents']),
      }
    : null;
}

/** Narrows `GET …/activity-counts`: `{ activities: [...] }` (a bare list is accepted too). */
export function toActivityCounts(body: unknown): ActivityCount[] {
  const activities = Array.isArray(body)
    ? body
    : isObject(body) && Array.isArray(body['activities'])
      ? body['activities']
      : null;
  if (!activities) throw notA('activity counts');
  return activities.map(toActivityCount).filter(present);
}

function toCurrentActivity(value: unknown): CurrentActivity | null {
  if (typeof value === 'string' && value !== '')
    return { id: value, name: null, type: null };
  if (!isObject(value)) return null;
  const id = text(value['id']) ?? text(value['activityId']);
  return id
    ? { id, name: text(value['name']), type: text(value['type']) }
    : null;
}

function toSummary(value: unknown): InstanceSummary | null {
  if (!isObject(value)) return null;
  const id = text(value['id']);
  const definitionKey = text(value['definitionKey']);
  if (!id || !definitionKey) return null;
  return {
    id,
    definitionKey,
    version: positive(value['definitionVersion'] ?? value['version']),
    businessKey: text(value['businessKey']),
    status: text(value['status']) ?? 'running',
    startedAt: text(value['startedAt']),
    startedBy: text(value['startedBy']),
    endedAt: text(value['endedAt']),
    cancelReason: text(value['cancelReason']),
    currentActivities: list(value['currentActivities'])
      .map(toCurrentActivity)
      .filter(present),
    openIncidents: count(value['openIncidents']),
  };
}

/** Narrows `GET /process-instances`; throws when it is not a page of instances. */
export function toInstancePage(body: unknown): InstancePage {
  if (!isObject(body) || !Array.isArray(body['items']))
    throw notA('a page of process instances');
  const items = body['items'].map(toSummary).filter(present);
  return {
    total: countOrNull(body['total']) ?? items.length,
    page: Math.max(1, count(body['page'])),
    pageSize: Math.max(1, count(body['pageSize']) || items.length || 1),
    items,
  };
}

function toHistoryEvent(value: unknown, index: number): HistoryEvent | null {
  if (!isObject(value)) return null;
  const type = text(value['type']);
  if (!type) return null;
  return {
    id: idOf(value['id']) ?? `event-${index}`,
    type,
    activityId: text(value['elementId']) ?? text(value['activityId']),
    activityName: text(value['elementName']) ?? text(value['activityName']),
    activityType: text(value['elementType']) ?? text(value['activityType']),
    actor: text(value['actor']),
    at: text(value['at']),
    data: isObject(value['data']) ? value['data'] : null,
  };
}

/** Narrows one incident (from an instance, `GET /incidents` or a retry's answer). */
export function toIncident(value: unknown): Incident | null {
  if (!isObject(value)) return null;
  const id = text(value['id']);
  if (!id) return null;
  return {
    id,
    instanceId: text(value['instanceId']),
    activityId: text(value['elementId']) ?? text(value['activityId']),
    topic: text(value['topic']),
    error: text(value['error']),
    createdAt: text(value['createdAt']),
    resolvedAt: text(value['resolvedAt']),
    resolvedBy: text(value['resolvedBy']),
  };
}

function toTask(value: unknown): InstanceTask | null {
  if (!isObject(value)) return null;
  const id = text(value['id']);
  if (!id) return null;
  return {
    id,
    name: text(value['name']),
    activityId: text(value['elementId']) ?? text(value['activityId']),
    status: text(value['status']),
    assignee: text(value['assignee']),
    createdAt: text(value['createdAt']),
    completedAt: text(value['completedAt']),
  };
}

/** Narrows `GET /process-instances/:id`; throws when it is not an instance. */
export function toInstanceDetails(body: unknown): InstanceDetails {
  const summary = toSummary(body);
  if (!summary || !isObject(body)) throw notA('a process instance');
  return {
    ...summary,
    variables: isObject(body['variables']) ? body['variables'] : {},
    tasks: list(body['tasks']).map(toTask).filter(present),
    incidents: list(body['incidents']).map(toIncident).filter(present),
    history: list(body['history'])
      .map((event, index) => toHistoryEvent(event, index))
      .filter(present),
  };
}

/** The query of the instances waiting at one activity of one version (Cockpit's drill-down). */
export function waitingInstancesParams(
  key: string,
  version: number,
  activityId: string,
  page: number,
  pageSize = 25,
): Record<string, string> {
  return {
    definitionKey: key,
    version: String(version),
    activityId,
    status: 'running',
    page: String(page),
    pageSize: String(pageSize),
  };
}
