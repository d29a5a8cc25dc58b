import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

/** The engine could not run the step (a failing expression, a missing variable); nothing was saved. */
export class EngineFailedError extends DomainError {
  readonly code = ErrorCode.ENGINE_FAILED;
}
