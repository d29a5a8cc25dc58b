import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import type { ModelProblem } from '../validation/model-problem';

export class UnknownDefinitionError extends DomainError {
  readonly code = ErrorCode.UNKNOWN_DEFINITION;
}

/** A model that cannot be deployed; the response lists every problem with its element id. */
export class InvalidModelError extends DomainError {
  readonly code = ErrorCode.MODEL_INVALID;

  constructor(readonly problems: ModelProblem[]) {
    super(
      `The model cannot be deployed: ${problems.length} problem${problems.length === 1 ? '' : 's'} found`,
      { problems },
    );
  }
}
