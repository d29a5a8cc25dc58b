import { Injectable, signal } from '@angular/core';
import type { ConcernReceipt } from './concern-receipt';

/**
 * The receipt of the message just sent, for «kvittering». Held in memory only: a reload or a link
 * opened later shows the neutral page, and nothing of the message itself is ever kept here.
 */
@Injectable({ providedIn: 'root' })
export class ConcernReceiptStore {
  private readonly latest = signal<ConcernReceipt | null>(null);
  readonly receipt = this.latest.asReadonly();

  set(receipt: ConcernReceipt): void {
    this.latest.set(receipt);
  }

  /** A new message is being written: the old receipt is no longer shown. */
  clear(): void {
    this.latest.set(null);
  }
}
