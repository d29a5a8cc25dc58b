import { Clock, PeriodicSweep } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { BekymringsmeldingConfig } from '../../config/env';
import { RECEIPT_OUTBOX_LIMIT_MS, ReceiptOutbox } from './receipt-outbox';

const BATCH = 100;

/**
 * Never lose a receipt e-mail, never keep its address long: at start-up and then every interval,
 * deletes unsent the outbox rows older than a day (counted in the log, nothing more), then queues
 * the rest (committed, but Redis was away or the process died before the enqueue).
 */
@Injectable()
export class ReceiptOutboxSweeper extends PeriodicSweep<number> {
  constructor(
    private readonly outbox: ReceiptOutbox,
    private readonly clock: Clock,
    config: BekymringsmeldingConfig,
  ) {
    super(ReceiptOutboxSweeper.name, config.env.SWEEP_INTERVAL_MS, 0);
  }

  /** Sends what was left behind; returns how many e-mails it queued. */
  protected async sweepOnce(): Promise<number> {
    const before = new Date(
      this.clock.now().getTime() - RECEIPT_OUTBOX_LIMIT_MS,
    );
    const expired = await this.outbox.deleteOlderThan(before);
    if (expired > 0)
      this.logger.warn(
        { expired },
        'receipt e-mails unsent for a day are deleted unsent',
      );
    let sent = 0;
    for (const row of await this.outbox.pending(BATCH))
      try {
        await this.outbox.resend(row);
        sent++;
      } catch (error) {
        // One row that fails (Redis away) must not hold back the others; it waits for the next run.
        this.logger.warn(
          { err: error, messageId: row.message_id },
          'could not queue a receipt e-mail from the outbox',
        );
      }
    return sent;
  }
}
