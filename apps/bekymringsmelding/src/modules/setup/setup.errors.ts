import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class NotSetUpError extends DomainError {
  readonly code = ErrorCode.CONCERN_NOT_SET_UP;
}
export class AlreadySetUpError extends DomainError {
  readonly code = ErrorCode.CONCERN_ALREADY_SET_UP;
}
export class CertificateRejectedError extends DomainError {
  readonly code = ErrorCode.CONCERN_INVALID_CERTIFICATE;
}
export class UnknownKommuneError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}
export class SetupConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}
