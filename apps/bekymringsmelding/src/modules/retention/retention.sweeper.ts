import { Clock, PeriodicSweep } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { BekymringsmeldingConfig } from '../../config/env';
import { ReceiptOutbox } from '../intake/receipt-outbox';
import { ConcernMessagesRepository } from '../messages/concern-messages.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Nothing is kept longer than RETENTION_DAYS: the content of older messages is deleted, whatever
 * their state, and so is any receipt e-mail address still waiting in the outbox.
 */
@Injectable()
export class RetentionSweeper extends PeriodicSweep<number> {
  constructor(
    private readonly messages: ConcernMessagesRepository,
    private readonly outbox: ReceiptOutbox,
    private readonly clock: Clock,
    private readonly config: BekymringsmeldingConfig,
  ) {
    super(RetentionSweeper.name, config.env.SWEEP_INTERVAL_MS, 0);
  }

  protected async sweepOnce(): Promise<number> {
    const now = this.clock.now();
    const before = new Date(
      now.getTime() - this.config.env.RETENTION_DAYS * DAY_MS,
    );
    return this.messages.transaction(async (manager) => {
      // The outbox sweeper deletes these after a day; this holds even when that sweeper does not run.
      await this.outbox.deleteOlderThan(before, manager);
      const ids = await this.messages.deleteExpired(manager, before, now);
      for (const id of ids)
        await this.messages.audit(
          manager,
          id,
          'deleted-after-retention',
          'system',
          now,
        );
      return ids.length;
    });
  }
}
