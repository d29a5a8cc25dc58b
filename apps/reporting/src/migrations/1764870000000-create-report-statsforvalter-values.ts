import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Statsforvalter's answers to a report (the points the form version marks `filledBy:
 * statsforvalter`, e.g. U3), saved during control. Kept beside the report: the unit's draft is the
 * unit's, and a submitted version is frozen.
 */
export class CreateReportStatsforvalterValues1764870000000
  implements MigrationInterface
{
  name = 'CreateReportStatsforvalterValues1764870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reporting.report_statsforvalter_values (
        report_id uuid PRIMARY KEY REFERENCES reporting.report (id),
        point_values jsonb NOT NULL DEFAULT '{}'::jsonb,
        report_version integer NOT NULL CHECK (report_version >= 1),
        form_version integer NOT NULL CHECK (form_version >= 1),
        saved_at timestamptz NOT NULL,
        saved_by text NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TABLE reporting.report_statsforvalter_values`,
    );
  }
}
