import type { NotificationAudience } from '@bvr/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A notification nobody could receive (no registered address in the audience). Ids only, no addresses. */
@Entity({ schema: 'identity', name: 'undeliverable_notification' })
export class UndeliverableNotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  /** The job that asked for it: a retried job records it once. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey!: string;
  @Column({ type: 'varchar', length: 100 }) template!: string;
  @Column({ type: 'jsonb' }) audience!: NotificationAudience;
  @Column({ type: 'varchar', length: 500 }) reason!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
