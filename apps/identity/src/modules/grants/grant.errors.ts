import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class GrantNotFoundError extends DomainError {
  readonly code = ErrorCode.GRANT_NOT_FOUND;
}

export class GrantExistsError extends DomainError {
  readonly code = ErrorCode.GRANT_EXISTS;
}

export class NotAllowedToGrantError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}

export class NotAllowedToListGrantsError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}
