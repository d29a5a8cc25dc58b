import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

/** OAuth clients read `error`; people read `message`. */
export class InvalidAssertionError extends DomainError {
  readonly code = ErrorCode.INVALID_ASSERTION;
  constructor(message: string) {
    super(message, { error: 'invalid_grant', error_description: message });
  }
}

export class UnknownClientError extends DomainError {
  readonly code = ErrorCode.UNKNOWN_CLIENT;
  constructor(message: string) {
    super(message, { error: 'invalid_client', error_description: message });
  }
}

export class InvalidClientKeyError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
}
