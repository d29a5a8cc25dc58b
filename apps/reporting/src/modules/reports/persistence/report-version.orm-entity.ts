import type { WorkflowCommand } from '@bvr/contracts';
import type { ReportValues } from '@bvr/report-forms';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SubmissionChannel } from '../domain/report-status';

/**
 * A submitted version, frozen: never updated except `commandSentAt`. It carries the workflow command
 * it causes, so that the command is committed with the submission and can be re-sent (an outbox row).
 */
@Entity({ name: 'report_version' })
export class ReportVersion {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'frozen_values', type: 'jsonb' })
  values!: ReportValues;

  @Column({ name: 'form_version', type: 'integer' })
  formVersion!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ type: 'text' })
  channel!: SubmissionChannel;

  /** The submitter's key: the same key again is the same submission (a double click). */
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'command_id', type: 'text' })
  commandId!: string;

  @Column({ name: 'command_payload', type: 'jsonb' })
  commandPayload!: WorkflowCommand;

  @Column({ name: 'command_sent_at', type: 'timestamptz', nullable: true })
  commandSentAt!: Date | null;

  /** When the workflow was seen to have taken the command off the queue. */
  @Column({ name: 'command_delivered_at', type: 'timestamptz', nullable: true })
  commandDeliveredAt!: Date | null;
}
