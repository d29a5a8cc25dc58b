import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class EmailNotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}

/** Only a failed e-mail whose job is still kept can be retried. */
export class EmailNotRetryableError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}
