import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  ApplicantKind,
  ApplicationStatus,
} from '../domain/access-application';

/** An application for access to «Utrapportering»; at most one pending per user (a partial unique index). */
@Entity({ name: 'access_application' })
export class AccessApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'applicant_name', type: 'varchar', length: 200 })
  applicantName!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ApplicantKind;

  /** The unit or organisation named in the application, as the approver reads it. */
  @Column({ type: 'varchar', length: 200 })
  represents!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 6, nullable: true })
  unitId!: string | null;

  @Column({ name: 'office_id', type: 'varchar', length: 100, nullable: true })
  officeId!: string | null;

  @Column({ name: 'office_name', type: 'varchar', length: 200, nullable: true })
  officeName!: string | null;

  /** The workflow candidate group that decides it: `statsforvalter:<office>` or `bufdir`. */
  @Column({ name: 'approver_group', type: 'varchar', length: 120 })
  approverGroup!: string;

  /** The grant an approval gives, in compact form (`publication-reader@unit:4601`). */
  @Column({ type: 'varchar', length: 120 })
  grant!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ApplicationStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 200, nullable: true })
  decidedBy!: string | null;

  /** When the workflow's start command was on the queue; `null` until then (the sweeper re-sends). */
  @Column({ name: 'command_sent_at', type: 'timestamptz', nullable: true })
  commandSentAt!: Date | null;

  /** When the workflow was seen to have taken the start command; until then the sweeper checks Redis. */
  @Column({ name: 'command_delivered_at', type: 'timestamptz', nullable: true })
  commandDeliveredAt!: Date | null;
}
