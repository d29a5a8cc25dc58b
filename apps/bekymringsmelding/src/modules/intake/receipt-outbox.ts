import { sendEmail } from '@bvr/contracts';
import { enqueue } from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { KommuneKeys } from '../encryption/kommune-keys';

/** The `concern-received` e-mail of one message: what the citizen is told, and where. */
export interface ReceiptEmail {
  to: string;
  recipientName: string;
  reference: string;
  /** Already formatted for reading, Oslo time. */
  sentAt: string;
}

/** A receipt left in the outbox, its e-mail still sealed. */
export interface PendingReceipt {
  message_id: string;
  kommunenummer: string;
  sealed_job: Buffer;
}

/** An outbox row lives minutes; after a day without Redis the courtesy e-mail is no longer worth the address kept. */
export const RECEIPT_OUTBOX_LIMIT_MS = 24 * 60 * 60 * 1000;

const context = (messageId: string) => `receipt/${messageId}`;

/**
 * Transactional outbox for the receipt e-mail: the job is stored, sealed with the kommune's key, in
 * the message's transaction, put on BullMQ after commit, and deleted once BullMQ has it. The job id
 * is the reference, so a second enqueue of the same receipt is harmless.
 */
@Injectable()
export class ReceiptOutbox {
  private readonly logger = new Logger(ReceiptOutbox.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: KommuneKeys,
    @InjectQueue(sendEmail.queue) private readonly email: Queue,
  ) {}

  /** Stores the e-mail in the caller's transaction, which also stores the message. */
  async add(
    manager: EntityManager,
    messageId: string,
    kommunenummer: string,
    receipt: ReceiptEmail,
    now: Date,
  ): Promise<void> {
    const sealed = await this.keys.encrypt(
      kommunenummer,
      Buffer.from(JSON.stringify(receipt), 'utf8'),
      context(messageId),
      manager,
    );
    await manager.query(
      `INSERT INTO bekymringsmelding.receipt_outbox (message_id, sealed_job, created_at) VALUES ($1, $2, $3)`,
      [messageId, sealed, now],
    );
  }

  /** After commit: queues the e-mail and forgets it; if Redis is away the row waits for the sweeper. */
  async relay(messageId: string, receipt: ReceiptEmail): Promise<boolean> {
    try {
      await this.enqueue(receipt);
      await this.remove(messageId);
      return true;
    } catch (error) {
      // The message is stored; its receipt waits in the outbox for the sweeper.
      this.logger.warn(
        { err: error, messageId },
        'could not relay the receipt e-mail; the outbox sweeper will',
      );
      return false;
    }
  }

  /** Rows left behind, oldest first. */
  async pending(limit: number): Promise<PendingReceipt[]> {
    return (await this.dataSource.query(
      `SELECT o.message_id, m.kommunenummer, o.sealed_job
         FROM bekymringsmelding.receipt_outbox o
         JOIN bekymringsmelding.concern_message m ON m.id = o.message_id
        ORDER BY o.created_at LIMIT $1`,
      [limit],
    )) as PendingReceipt[];
  }

  async open(row: PendingReceipt): Promise<ReceiptEmail> {
    const plaintext = await this.keys.decrypt(
      row.kommunenummer,
      row.sealed_job,
      context(row.message_id),
    );
    return JSON.parse(plaintext.toString('utf8')) as ReceiptEmail;
  }

  async remove(messageId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM bekymringsmelding.receipt_outbox WHERE message_id = $1`,
      [messageId],
    );
  }

  /** Deletes, unsent, the rows stored before `before`; answers how many. */
  async deleteOlderThan(
    before: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const [, count] = (await manager.query(
      `DELETE FROM bekymringsmelding.receipt_outbox WHERE created_at < $1`,
      [before],
    )) as [unknown, number];
    return count;
  }

  private async enqueue(receipt: ReceiptEmail): Promise<void> {
    const jobId = `bekymringsmelding-kvittering-${receipt.reference}`;
    await enqueue(
      this.email,
      sendEmail,
      {
        idempotencyKey: jobId,
        template: 'concern-received',
        to: [receipt.to],
        params: {
          recipientName: receipt.recipientName,
          reference: receipt.reference,
          sentAt: receipt.sentAt,
        },
      },
      { jobId },
    );
  }

  /** Queues a row's e-mail (same job id, so a second time is harmless) and deletes the row. */
  async resend(row: PendingReceipt): Promise<void> {
    await this.enqueue(await this.open(row));
    await this.remove(row.message_id);
  }
}
