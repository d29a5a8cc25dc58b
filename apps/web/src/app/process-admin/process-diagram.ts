import type {
  ActivityCount,
  CurrentActivity,
  DefinitionVersion,
  HistoryEvent,
  Incident,
} from './process-api';

/** A shape of the rendered diagram, as bpmn-js's element registry knows it (plain data). */
export interface DiagramElement {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
}

/** A sequence flow of the diagram: which shapes it joins. */
export interface DiagramFlow {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
}

/** A row of the activity list beside the canvas, with the badges' numbers. */
export interface ActivityRow {
  readonly id: string;
  readonly name: string;
  readonly type: string | null;
  readonly waiting: number;
  readonly incidents: number;
}

/** The route's second segment is a version: a positive whole number, nothing else. */
export function parseVersion(value: string | null | undefined): number | null {
  if (!value || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}

/** `?page=3` → 3; anything else → 1. */
export function parsePage(value: string | null | undefined): number {
  return parseVersion(value) ?? 1;
}

/** Paths this feature owns with two segments that are not `<key>/<version>`. */
const RESERVED_FIRST_SEGMENTS: readonly string[] = ['instanser', 'rediger'];

/** `<key>/<version>` (the diagram page), and not `instanser/<id>` or `rediger/<key>`. */
export function isDiagramPath(segments: readonly string[]): boolean {
  return (
    segments.length === 2 &&
    !RESERVED_FIRST_SEGMENTS.includes(segments[0]) &&
    parseVersion(segments[1]) !== null
  );
}

/**
 * The shapes a token can wait at or pass: tasks, sub-processes, events and gateways. Labels, flows,
 * pools, lanes, annotations and data are not.
 */
export function isFlowNode(type: string): boolean {
  return (
    /^bpmn:/.test(type) &&
    /(Task|SubProcess|CallActivity|Transaction|Event|Gateway)$/.test(type)
  );
}

/**
 * The activities where instances wait, in the diagram's order, with their numbers. Counts for an
 * id the diagram does not have (a model and its counts out of step) are kept, named by their id.
 */
export function activityRows(
  elements: readonly DiagramElement[],
  counts: readonly ActivityCount[],
): ActivityRow[] {
  const byId = new Map(counts.map((count) => [count.activityId, count]));
  const rows: ActivityRow[] = [];
  const seen = new Set<string>();
  for (const element of elements) {
    const count = byId.get(element.id);
    if (!count || seen.has(element.id)) continue;
    seen.add(element.id);
    if (count.waiting === 0 && count.incidents === 0) continue;
    rows.push({
      id: element.id,
      name: element.name ?? element.id,
      type: element.type,
      waiting: count.waiting,
      incidents: count.incidents,
    });
  }
  for (const count of counts) {
    if (seen.has(count.activityId)) continue;
    seen.add(count.activityId);
    if (count.waiting === 0 && count.incidents === 0) continue;
    rows.push({
      id: count.activityId,
      name: count.activityId,
      type: null,
      waiting: count.waiting,
      incidents: count.incidents,
    });
  }
  return rows;
}

/** The name of an activity in the diagram, or its id. */
export function activityName(
  elements: readonly DiagramElement[],
  id: string,
): string {
  return elements.find((element) => element.id === id)?.name ?? id;
}

/** Running instances and open incidents over all versions; null when no version has the number. */
export function definitionTotals(versions: readonly DefinitionVersion[]): {
  readonly runningInstances: number | null;
  readonly openIncidents: number | null;
} {
  const sum = (values: readonly (number | null)[]): number | null =>
    values.some((value) => value !== null)
      ? values.reduce<number>((total, value) => total + (value ?? 0), 0)
      : null;
  return {
    runningInstances: sum(versions.map((version) => version.runningInstances)),
    openIncidents: sum(versions.map((version) => version.openIncidents)),
  };
}

/** Incidents nobody has retried yet. */
export const openIncidents = (incidents: readonly Incident[]): Incident[] =>
  incidents.filter((incident) => incident.resolvedAt === null);

/** Where an instance has been, is now, and is stuck: the markers on its diagram. */
export interface InstancePath {
  /** Activities it has left (or entered before and is no longer in). */
  readonly passed: readonly string[];
  /** Activities it waits in now. */
  readonly current: readonly string[];
  /** Activities with an open incident. */
  readonly failed: readonly string[];
  /** Sequence flows from a passed activity to a passed or current one. */
  readonly flows: readonly string[];
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * The path drawn on the instance's diagram, from its history. An activity it is in now counts as
 * passed only if the history says it was also left (a loop through it).
 */
export function instancePath(
  history: readonly HistoryEvent[],
  currentActivities: readonly CurrentActivity[],
  incidents: readonly Incident[],
  flows: readonly DiagramFlow[] = [],
): InstancePath {
  const current = unique(currentActivities.map((activity) => activity.id));
  const left = new Set<string>();
  const touched: string[] = [];
  for (const event of history) {
    if (!event.activityId) continue;
    touched.push(event.activityId);
    if (event.type === 'activity.left') left.add(event.activityId);
  }
  const passed = unique(touched).filter(
    (id) => left.has(id) || !current.includes(id),
  );
  const reached = new Set([...passed, ...current]);
  return {
    passed,
    current,
    failed: unique(
      openIncidents(incidents)
        .map((incident) => incident.activityId)
        .filter((id): id is string => id !== null),
    ),
    flows: flows
      .filter(
        (flow) => passed.includes(flow.sourceId) && reached.has(flow.targetId),
      )
      .map((flow) => flow.id),
  };
}
