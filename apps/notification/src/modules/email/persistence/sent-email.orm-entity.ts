import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DeliveryStatus = 'sent' | 'failed';

/**
 * One row per e-mail handed to SMTP, or given up on after its last attempt; a `sent` key makes a
 * redelivered job a no-op. Holds no addresses (an error text has them masked).
 */
@Entity({ name: 'sent_email' })
export class SentEmail {
  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 100 })
  template!: string;

  @Column({ name: 'recipient_count', type: 'integer' })
  recipientCount!: number;

  @Column({
    name: 'smtp_message_id',
    type: 'varchar',
    length: 300,
    nullable: true,
  })
  smtpMessageId!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'sent' })
  status!: DeliveryStatus;

  /** Delivery attempts so far, the successful one included. */
  @Column({ type: 'integer', default: 1 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  /** The BullMQ job, kept on failure so an admin can retry it. */
  @Column({ name: 'job_id', type: 'varchar', length: 300, nullable: true })
  jobId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
