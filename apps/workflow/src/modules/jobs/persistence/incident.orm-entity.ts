import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An external task whose handler gave up; the instance waits until an admin retries it. */
@Entity({ schema: 'workflow', name: 'incident' })
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @Column({ name: 'job_id' }) jobId!: string;
  @Column({ name: 'element_id' }) elementId!: string;
  @Column() topic!: string;
  @Column('text') error!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
  @Column({ name: 'resolved_by', type: 'varchar', nullable: true })
  resolvedBy!: string | null;
}
