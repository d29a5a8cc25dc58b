import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Half } from '../domain/reporting-period';

/** One half-year's reporting period; unique per (year, half). Date columns read as `YYYY-MM-DD` strings. */
@Entity({ name: 'reporting_period' })
export class ReportingPeriod {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'smallint' })
  half!: Half;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn!: string;

  @Column({ name: 'kommune_deadline', type: 'date' })
  kommuneDeadline!: string;

  @Column({ name: 'statsforvalter_deadline', type: 'date' })
  statsforvalterDeadline!: string;

  @Column({ name: 'form_version', type: 'integer' })
  formVersion!: number;

  @Column({ name: 'reminder_lead_days', type: 'smallint' })
  reminderLeadDays!: number;

  /** The principal id (`sub`) of whoever created it, or `system:seed`. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
