import { InvalidTimeExpressionError } from '../../engine/time/time-expression';
import { EngineFailedError } from '../../engine/engine.errors';
import { UnknownDefinitionError } from '../definitions/domain/definition.errors';
import { InstanceNotRunningError } from '../instances/domain/instance.errors';
import { MessageNotCorrelatedError } from '../messages/correlate-message.service';

/**
 * What to do with a command that threw:
 * - `permanent`: the same command can never succeed (no such process, an ended instance, a model
 *   that fails on these variables, two instances waiting on one business key) — fail it now;
 * - `not-yet`: no instance waits for the message yet (the resubmission overtook the return) —
 *   retry with backoff, and give up only on the last attempt;
 * - `transient`: anything else (database, Redis) — retry.
 */
export type CommandFailure = 'permanent' | 'not-yet' | 'transient';

export function classifyCommandFailure(error: unknown): CommandFailure {
  if (error instanceof MessageNotCorrelatedError)
    return error.reason === 'none-waiting' ? 'not-yet' : 'permanent';
  if (
    error instanceof UnknownDefinitionError ||
    error instanceof InstanceNotRunningError ||
    error instanceof EngineFailedError ||
    error instanceof InvalidTimeExpressionError
  )
    return 'permanent';
  return 'transient';
}
