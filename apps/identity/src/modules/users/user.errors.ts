import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class UserNotFoundError extends DomainError {
  readonly code = ErrorCode.USER_NOT_FOUND;
}

export class NotAPersonError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}
