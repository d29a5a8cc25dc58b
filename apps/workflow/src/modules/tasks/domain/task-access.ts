import type { Principal } from '../../../auth/principal';
import { TaskForbiddenError } from './task.errors';

interface TaskAccessFields {
  candidateGroups: string[];
  assignee: string | null;
  completedBy: string | null;
}

const isMember = (task: TaskAccessFields, principal: Principal) =>
  task.candidateGroups.some((group) => principal.groups.includes(group));

/**
 * A task is for the members of its candidate groups, and for whoever completed it. Being its
 * assignee is not enough: anyone may be named one (or have moved to another office since), and the
 * caller's grants, not the name on the task, decide who sees another office's tasks.
 */
export function canSeeTask(
  task: TaskAccessFields,
  principal: Principal,
): boolean {
  return isMember(task, principal) || task.completedBy === principal.id;
}

/** Acting on a task (complete, claim, draft) needs membership of one of its groups. */
export function assertMayWorkOn(
  task: TaskAccessFields,
  principal: Principal,
): void {
  if (!isMember(task, principal)) throw new TaskForbiddenError();
}
