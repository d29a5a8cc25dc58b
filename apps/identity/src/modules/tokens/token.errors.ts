import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

export class UnknownAudienceError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
}
