import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';

/** The kommune is unknown, has not taken the service into use, or has no such bydel. */
export class UnknownRecipientError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}

/** An intake idempotency key came again with another report: a client bug, never a resend; 422. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = ErrorCode.IDEMPOTENCY_KEY_REUSED;

  static forOtherReport(): IdempotencyKeyReusedError {
    return new IdempotencyKeyReusedError(
      'Denne nøkkelen (Idempotency-Key) er allerede brukt til å sende en annen melding. Send en ny melding med en ny nøkkel.',
    );
  }
}
