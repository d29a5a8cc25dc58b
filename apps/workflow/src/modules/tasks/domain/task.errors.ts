import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class TaskNotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(id: string) {
    super(`No task with id ${id}`);
  }
}

export class TaskForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor() {
    super('The task belongs to groups you are not a member of');
  }
}

export class TaskNotOpenError extends DomainError {
  readonly code = ErrorCode.TASK_NOT_OPEN;
  constructor(status: string, by: string | null) {
    super(
      status === 'completed'
        ? `The task has already been completed${by ? ` by ${by}` : ''}`
        : `The task is ${status}`,
    );
  }
}

export class TaskClaimedError extends DomainError {
  readonly code = ErrorCode.TASK_CLAIMED;
  constructor(assignee: string) {
    super(`The task is assigned to ${assignee}; they must release it first`);
  }
}

/** The outcome does not fit the task's form (its form key's schema in `@bvr/contracts`). */
export class TaskOutcomeInvalidError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
  constructor(taskName: string, problems: string[]) {
    super(`The outcome of "${taskName}" is not valid: ${problems.join('; ')}`);
  }
}
