import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DeliveryStatus, SentEmail } from './sent-email.orm-entity';

export interface DeliveryRecord {
  idempotencyKey: string;
  template: string;
  recipientCount: number;
  attempts: number;
  lastError: string | null;
  jobId: string | null;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

/** The delivery log: one row per idempotency key, `sent` once it went to SMTP, `failed` after the last attempt. */
@Injectable()
export class SentEmailsRepository {
  constructor(
    @InjectRepository(SentEmail) private readonly rows: Repository<SentEmail>,
  ) {}

  find(idempotencyKey: string): Promise<SentEmail | null> {
    return this.rows.findOneBy({ idempotencyKey });
  }

  async markSent(
    record: DeliveryRecord & { smtpMessageId: string | null },
  ): Promise<void> {
    const now = new Date();
    await this.rows.upsert(
      { ...record, status: 'sent', sentAt: now, updatedAt: now },
      ['idempotencyKey'],
    );
  }

  /** A failure never overwrites a row that was sent (a redelivered job after success). */
  async markFailed(record: DeliveryRecord): Promise<void> {
    await this.rows.query(
      `INSERT INTO notification.sent_email
         (idempotency_key, template, recipient_count, status, attempts, last_error, job_id, sent_at, updated_at)
       VALUES ($1, $2, $3, 'failed', $4, $5, $6, NULL, now())
       ON CONFLICT (idempotency_key) DO UPDATE SET
         status = 'failed', attempts = EXCLUDED.attempts, last_error = EXCLUDED.last_error,
         job_id = EXCLUDED.job_id, updated_at = now()
       WHERE sent_email.status <> 'sent'`,
      [
        record.idempotencyKey,
        record.template,
        record.recipientCount,
        record.attempts,
        record.lastError,
        record.jobId,
      ],
    );
  }

  async list(
    filter: { status?: DeliveryStatus },
    page: number,
    pageSize: number,
  ): Promise<Page<SentEmail>> {
    const [items, total] = await this.rows.findAndCount({
      where: filter.status ? { status: filter.status } : {},
      order: { updatedAt: 'DESC', idempotencyKey: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { total, page, pageSize, items };
  }
}
