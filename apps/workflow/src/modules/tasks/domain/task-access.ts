import type { Principal } from '../../../auth/principal';
import { TaskForbiddenError } from './task.errors';

interface TaskAccessFields {
  candidateGroups: string[];
  assignee: string | null;
  completedBy: string | null;
}

/** A task is for the members of its candidate groups, and for whoever it is assigned to or completed it. */
export function canSeeTask(
  task: TaskAccessFields,
  principal: Principal,
): boolean {
  return (
    task.candidateGroups.some((group) => principal.groups.includes(group)) ||
    task.assignee === principal.id ||
    task.completedBy === principal.id
  );
}

/** Acting on a task (complete, claim, draft) needs membership of one of its groups. */
export function assertMayWorkOn(
  task: TaskAccessFields,
  principal: Principal,
): void {
  if (
    !task.candidateGroups.some((group) => principal.groups.includes(group)) &&
    task.assignee !== principal.id
  ) {
    throw new TaskForbiddenError();
  }
}
