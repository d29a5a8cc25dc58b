/** An activity the instance waits at, as its row stores it. */
export interface WaitingActivity {
  id: string;
  name: string;
  type: string;
}

/** A waiting activity whose mapped id the target version does not have. */
export interface UnmatchedActivity {
  activityId: string;
  name: string;
  type: string;
  /** The id it was looked up as in the target: the mapping's, or its own. */
  targetActivityId: string;
}

export interface MigrationPlan {
  /** Source id → target id, only where they differ. */
  renames: Map<string, string>;
  unmatched: UnmatchedActivity[];
}

/**
 * Where each waiting activity goes: to `mapping[id]`, else to the same id. Every place the instance
 * waits (task, timer, message catch, external job, boundary event) must exist in the target.
 */
export function planMigration(
  waiting: readonly WaitingActivity[],
  mapping: Readonly<Record<string, string>>,
  targetHasActivity: (id: string) => boolean,
): MigrationPlan {
  const renames = new Map(
    Object.entries(mapping).filter(([from, to]) => from !== to),
  );
  const unmatched = waiting
    .map((activity) => ({
      activityId: activity.id,
      name: activity.name,
      type: activity.type,
      targetActivityId: renames.get(activity.id) ?? activity.id,
    }))
    .filter((activity) => !targetHasActivity(activity.targetActivityId));
  return { renames, unmatched };
}
