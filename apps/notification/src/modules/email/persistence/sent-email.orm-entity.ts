import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per e-mail actually handed to SMTP; its key makes a redelivered job a no-op. Holds no addresses. */
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

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
