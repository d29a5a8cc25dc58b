import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An instance waiting for a named message, found by message name and business key. */
@Entity({ schema: 'workflow', name: 'message_subscription' })
export class MessageSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @Column({ name: 'execution_id' }) executionId!: string;
  @Column({ name: 'element_id' }) elementId!: string;
  @Column({ name: 'message_name' }) messageName!: string;
  @Column({ name: 'business_key', type: 'varchar', nullable: true })
  businessKey!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
