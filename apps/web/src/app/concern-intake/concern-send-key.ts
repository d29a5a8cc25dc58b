import { newIdempotencyKey } from '../reports/form-layout';

/** The code the service answers (422) when a key already sent another version of the message. */
export const IDEMPOTENCY_KEY_REUSED = 'COMMON.IDEMPOTENCY_KEY_REUSED';

/**
 * The `Idempotency-Key` of one filled-in form: made with the form and sent with every «Send», so
 * a resend after a network error, a 5xx or a timeout (when the first send may have arrived after
 * all) is stored once and answered with the first receipt. A new form makes a new key.
 */
export class ConcernSendKey {
  private key = newIdempotencyKey();

  current(): string {
    return this.key;
  }

  /**
   * After a failed send. Only a refused key is replaced: the service already has the message as it
   * was before the changes, and a further «Send» is then a new message the person chose to send.
   */
  failed(status: number, body: unknown): void {
    if (status === 422 && codeOf(body) === IDEMPOTENCY_KEY_REUSED)
      this.key = newIdempotencyKey();
  }
}

function codeOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)['code']
    : undefined;
}
