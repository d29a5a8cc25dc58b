import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Half-year reports: one per unit and period, holding the unit's draft, and its submitted versions.
 * A version is frozen: only `command_sent_at` is ever set on it, once the workflow command it carries
 * (stored with it, as an outbox row) has been handed to BullMQ.
 */
export class CreateReports1764400000000 implements MigrationInterface {
  name = 'CreateReports1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reporting.report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id varchar(6) NOT NULL CHECK (unit_id ~ '^[0-9]{4}([0-9]{2})?$'),
        period_id integer NOT NULL REFERENCES reporting.reporting_period (id),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
        draft_values jsonb NOT NULL DEFAULT '{}'::jsonb,
        draft_revision integer NOT NULL DEFAULT 0 CHECK (draft_revision >= 0),
        draft_saved_at timestamptz,
        draft_saved_by text,
        latest_version integer CHECK (latest_version >= 1),
        decision_message text CHECK (char_length(decision_message) <= 4000),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT report_unit_period_key UNIQUE (unit_id, period_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE reporting.report_version (
        report_id uuid NOT NULL REFERENCES reporting.report (id),
        version integer NOT NULL CHECK (version >= 1),
        frozen_values jsonb NOT NULL,
        form_version integer NOT NULL CHECK (form_version >= 1),
        submitted_at timestamptz NOT NULL,
        submitted_by text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('form', 'machine')),
        idempotency_key text NOT NULL,
        command_id text NOT NULL UNIQUE CHECK (command_id !~ ':'),
        command_payload jsonb NOT NULL,
        command_sent_at timestamptz,
        PRIMARY KEY (report_id, version),
        CONSTRAINT report_version_idempotency_key UNIQUE (report_id, idempotency_key)
      )`);
    // The sweeper looks only for versions whose command has not been sent.
    await queryRunner.query(`
      CREATE INDEX report_version_unsent_idx ON reporting.report_version (submitted_at)
        WHERE command_sent_at IS NULL`);
    await queryRunner.query(
      `CREATE INDEX report_period_idx ON reporting.report (period_id, status)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reporting.report_version`);
    await queryRunner.query(`DROP TABLE reporting.report`);
  }
}
