import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting periods: one per half-year, with the day units can start reporting, the kommune and
 * Statsforvalter deadlines (calendar dates in Norway, so `date`, not `timestamptz`) and the version of
 * the half-year form. The checks repeat the API's rules so that no other writer can break them.
 */
export class CreateReportingPeriods1764300000000 implements MigrationInterface {
  name = 'CreateReportingPeriods1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reporting.reporting_period (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        half smallint NOT NULL CHECK (half IN (1, 2)),
        opens_on date NOT NULL,
        kommune_deadline date NOT NULL,
        statsforvalter_deadline date NOT NULL,
        form_version integer NOT NULL CHECK (form_version >= 1),
        reminder_lead_days smallint NOT NULL DEFAULT 7 CHECK (reminder_lead_days BETWEEN 0 AND 60),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reporting_period_year_half_key UNIQUE (year, half),
        CONSTRAINT reporting_period_opens_after_start_check
          CHECK (opens_on > make_date(year, CASE half WHEN 1 THEN 1 ELSE 7 END, 1)),
        CONSTRAINT reporting_period_opens_by_deadline_check
          CHECK (opens_on <= kommune_deadline),
        CONSTRAINT reporting_period_deadline_order_check
          CHECK (kommune_deadline < statsforvalter_deadline)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reporting.reporting_period`);
  }
}
