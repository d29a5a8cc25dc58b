import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class MessageNotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}
export class MessageForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}
export class MessageGoneError extends DomainError {
  readonly code = ErrorCode.CONCERN_MESSAGE_GONE;
}
export class AlreadyHandledError extends DomainError {
  readonly code = ErrorCode.CONCERN_ALREADY_HANDLED;
}
export class NotDownloadedError extends DomainError {
  readonly code = ErrorCode.CONCERN_NOT_DOWNLOADED;
}
