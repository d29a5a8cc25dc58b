import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from '../../../shared/json-column';

export type HistoryEventType =
  | 'instance.started'
  | 'instance.completed'
  | 'instance.cancelled'
  | 'instance.migrated'
  | 'activity.entered'
  | 'activity.left'
  | 'task.completed'
  | 'task.claimed'
  | 'task.unclaimed'
  | 'task.assigned'
  | 'message.correlated'
  | 'timer.fired'
  | 'job.completed'
  | 'job.failed'
  | 'incident.resolved';

@Entity({ schema: 'workflow', name: 'history_event' })
export class HistoryEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @Column({ type: 'varchar' }) type!: HistoryEventType;
  @Column({ name: 'element_id', type: 'varchar', nullable: true }) elementId!:
    | string
    | null;
  @Column({ name: 'element_name', type: 'text', nullable: true }) elementName!:
    | string
    | null;
  @Column({ name: 'element_type', type: 'varchar', nullable: true })
  elementType!: string | null;
  @Column({ name: 'execution_id', type: 'varchar', nullable: true })
  executionId!: string | null;
  @Column({ type: 'varchar', nullable: true }) actor!: string | null;
  @Column({ type: 'jsonb', nullable: true }) data!: JsonObject | null;
  @Column({ type: 'timestamptz' }) at!: Date;
}
