import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from '../../../shared/json-column';

export type TaskStatus = 'open' | 'completed' | 'cancelled';

/** One row per user task: what the inbox shows, filters and sorts on, without touching an engine. */
@Entity({ schema: 'workflow', name: 'user_task' })
export class UserTaskEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @Column({ name: 'execution_id' }) executionId!: string;
  @Column({ name: 'definition_key' }) definitionKey!: string;
  @Column({ name: 'element_id' }) elementId!: string;
  @Column('text') name!: string;
  @Column({ name: 'form_key', type: 'varchar', nullable: true }) formKey!:
    | string
    | null;
  @Column({ name: 'candidate_groups', type: 'text', array: true })
  candidateGroups!: string[];
  @Column({ type: 'varchar', nullable: true }) assignee!: string | null;
  @Column({ type: 'varchar' }) status!: TaskStatus;
  @Column({ type: 'varchar', nullable: true }) reference!: string | null;
  @Column({ name: 'reporting_unit_id', type: 'varchar', nullable: true })
  reportingUnitId!: string | null;
  @Column({ name: 'reporting_unit_name', type: 'text', nullable: true })
  reportingUnitName!: string | null;
  @Column({ name: 'responsible_office_id', type: 'varchar', nullable: true })
  responsibleOfficeId!: string | null;
  @Column({ name: 'responsible_office_name', type: 'text', nullable: true })
  responsibleOfficeName!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
  @Column({ name: 'completed_by', type: 'varchar', nullable: true })
  completedBy!: string | null;
  @Column({ name: 'completion_key', type: 'varchar', nullable: true })
  completionKey!: string | null;
  @Column({ type: 'jsonb', nullable: true }) outcome!: JsonObject | null;
  @Column({ type: 'jsonb', nullable: true }) draft!: JsonObject | null;
  @Column({ name: 'draft_saved_at', type: 'timestamptz', nullable: true })
  draftSavedAt!: Date | null;
  @Column({ name: 'draft_saved_by', type: 'varchar', nullable: true })
  draftSavedBy!: string | null;
}
