import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class ApplicationPendingError extends DomainError {
  readonly code = ErrorCode.ACCESS_APPLICATION_PENDING;
}

export class AlreadyHasAccessError extends DomainError {
  readonly code = ErrorCode.ALREADY_HAS_ACCESS;
}

export class NotRegisteredError extends DomainError {
  readonly code = ErrorCode.NOT_REGISTERED;
}

export class UnknownUnitError extends DomainError {
  readonly code = ErrorCode.UNKNOWN_REFERENCE_DATA;
}

export class ReferenceDataUnavailableError extends DomainError {
  readonly code = ErrorCode.UPSTREAM_UNAVAILABLE;
}
