import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ schema: 'workflow', name: 'timer' })
export class TimerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @Column({ name: 'execution_id' }) executionId!: string;
  @Column({ name: 'activity_execution_id' }) activityExecutionId!: string;
  @Column({ name: 'element_id' }) elementId!: string;
  @Column({ name: 'fire_at', type: 'timestamptz' }) fireAt!: Date;
  @Column({ type: 'varchar' }) status!: 'scheduled' | 'fired' | 'cancelled';
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'fired_at', type: 'timestamptz', nullable: true })
  firedAt!: Date | null;
}
