import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}
