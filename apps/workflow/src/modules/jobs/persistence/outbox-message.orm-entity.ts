import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from '../../../shared/json-column';

/** A queue message committed with the step that caused it, relayed to BullMQ after the commit. */
@Entity({ schema: 'workflow', name: 'outbox' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  /** The BullMQ job id: a second relay of the same row is ignored by BullMQ. */
  @Column({ name: 'message_id' }) messageId!: string;
  @Column() queue!: string;
  @Column({ name: 'job_name' }) jobName!: string;
  @Column('jsonb') payload!: JsonObject;
  @Column({ name: 'request_id', type: 'varchar', nullable: true }) requestId!:
    | string
    | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}
