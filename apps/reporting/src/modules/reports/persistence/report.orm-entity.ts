import type { ReportValues } from '@bvr/report-forms';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportStatus } from '../domain/report-status';

/** One unit's report for one period: its status and the unit's draft. Unique per (unit, period). */
@Entity({ name: 'report' })
export class Report {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 6 })
  unitId!: string;

  @Column({ name: 'period_id', type: 'integer' })
  periodId!: number;

  @Column({ type: 'text' })
  status!: ReportStatus;

  @Column({ name: 'draft_values', type: 'jsonb' })
  draftValues!: ReportValues;

  /** Raised by every draft save; a save names the revision it started from. */
  @Column({ name: 'draft_revision', type: 'integer' })
  draftRevision!: number;

  @Column({ name: 'draft_saved_at', type: 'timestamptz', nullable: true })
  draftSavedAt!: Date | null;

  @Column({ name: 'draft_saved_by', type: 'text', nullable: true })
  draftSavedBy!: string | null;

  /** The number of the latest submitted version; `null` before the first submission. */
  @Column({ name: 'latest_version', type: 'integer', nullable: true })
  latestVersion!: number | null;

  /** The Statsforvalter's message with a return. */
  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
