import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JsonObject } from '../../../shared/json-column';

export type InstanceStatus = 'running' | 'completed' | 'cancelled';

@Entity({ schema: 'workflow', name: 'process_instance' })
export class ProcessInstanceEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'definition_id', type: 'uuid' }) definitionId!: string;
  @Column({ name: 'definition_key' }) definitionKey!: string;
  @Column({ name: 'definition_version' }) definitionVersion!: number;
  @Column({ name: 'business_key', type: 'varchar', nullable: true })
  businessKey!: string | null;
  @Column({ type: 'varchar' }) status!: InstanceStatus;
  @Column('jsonb') variables!: JsonObject;
  @Column({ name: 'engine_state', type: 'jsonb', nullable: true })
  engineState!: JsonObject | null;
  @Column({ name: 'current_activities', type: 'jsonb' })
  currentActivities!: Array<{ id: string; name: string; type: string }>;
  @Column({ name: 'open_incidents' }) openIncidents!: number;
  @Column({ name: 'step_count' }) stepCount!: number;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'started_by' }) startedBy!: string;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;
}
