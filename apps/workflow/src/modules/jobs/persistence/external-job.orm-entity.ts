import { Column, Entity, PrimaryColumn } from 'typeorm';

export type JobStatus = 'pending' | 'completed' | 'failed' | 'cancelled';

/** An external service task handed to another service; its id is the effect's idempotency key. */
@Entity({ schema: 'workflow', name: 'external_job' })
export class ExternalJobEntity {
  @PrimaryColumn() id!: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @Column({ name: 'execution_id' }) executionId!: string;
  @Column({ name: 'element_id' }) elementId!: string;
  @Column() topic!: string;
  @Column({ type: 'varchar' }) status!: JobStatus;
  @Column() attempt!: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!:
    | string
    | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
