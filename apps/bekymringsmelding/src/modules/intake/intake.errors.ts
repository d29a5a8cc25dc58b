import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

/** The kommune is unknown, has not taken the service into use, or has no such bydel. */
export class UnknownRecipientError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}
