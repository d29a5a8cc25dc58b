import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger of deadline reminders: one row per period, unit and reminder day once its e-mail job is
 * on the queue, so that no later run sends it again.
 */
export class CreateDeadlineReminders1764900000000
  implements MigrationInterface
{
  name = 'CreateDeadlineReminders1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reporting.deadline_reminder (
        period_id integer NOT NULL REFERENCES reporting.reporting_period (id) ON DELETE CASCADE,
        unit_id varchar(6) NOT NULL CHECK (unit_id ~ '^[0-9]{4}([0-9]{2})?$'),
        days_before smallint NOT NULL CHECK (days_before BETWEEN 0 AND 60),
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (period_id, days_before, unit_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reporting.deadline_reminder`);
  }
}
