import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class InstanceNotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(id: string) {
    super(`No process instance with id ${id}`);
  }
}

export class InstanceNotRunningError extends DomainError {
  readonly code = ErrorCode.INSTANCE_NOT_RUNNING;
  constructor(id: string, status: string) {
    super(`Process instance ${id} is ${status}; it takes no further steps`);
  }
}
