/**
 * The idempotency key of one «Bekreft»: made once when the confirm step opens, so a double click
 * or a retry after a lost answer completes the task once (the workflow answers a repeated key as
 * the first call did). «Tilbake» closes the step; opening it again makes a new key.
 */
export class CompletionKey {
  private key: string | null = null;

  open(): void {
    this.key = crypto.randomUUID();
  }

  close(): void {
    this.key = null;
  }

  get isOpen(): boolean {
    return this.key !== null;
  }

  /** The open step's key; throws when the confirm step is not open. */
  current(): string {
    if (!this.key) throw new Error('the confirm step is not open');
    return this.key;
  }
}
