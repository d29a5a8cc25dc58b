import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The publication portal's read model: one row per approved report with the figures of the approved
 * version (the Statsforvalter's own points, e.g. U3, merged in), and the kommune and fylke it counted
 * for when it was approved. Written in the transaction that approves the report
 * (`publishApprovedReport`); existing approved reports are backfilled here. The backfill repeats the
 * publish query on purpose: a migration must not change when the code later does.
 */
export class CreatePublishedReport1765000000000 implements MigrationInterface {
  name = 'CreatePublishedReport1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reporting.published_report (
        report_id uuid PRIMARY KEY REFERENCES reporting.report (id),
        unit_id varchar(6) NOT NULL CHECK (unit_id ~ '^[0-9]{4}([0-9]{2})?$'),
        period_id integer NOT NULL REFERENCES reporting.reporting_period (id),
        kommune_id varchar(4) NOT NULL CHECK (kommune_id ~ '^[0-9]{4}$'),
        county_id varchar(2) NOT NULL CHECK (county_id ~ '^[0-9]{2}$'),
        report_version integer NOT NULL CHECK (report_version >= 1),
        form_version integer NOT NULL CHECK (form_version >= 1),
        figures jsonb NOT NULL CHECK (jsonb_typeof(figures) = 'object'),
        approved_at timestamptz NOT NULL,
        CONSTRAINT published_report_unit_period_key UNIQUE (unit_id, period_id)
      )`);
    // A county's series (the unit key above serves a unit's); the country's reads every row anyway.
    await queryRunner.query(`
      CREATE INDEX published_report_county_period_idx
        ON reporting.published_report (county_id, period_id)`);
    // A kommune with bydeler is shown as the sum of its bydeler.
    await queryRunner.query(`
      CREATE INDEX published_report_kommune_period_idx
        ON reporting.published_report (kommune_id, period_id)`);
    await queryRunner.query(`
      CREATE INDEX published_report_period_idx
        ON reporting.published_report (period_id)`);
    await queryRunner.query(`
      INSERT INTO reporting.published_report
        (report_id, unit_id, period_id, kommune_id, county_id, report_version, form_version, figures, approved_at)
      SELECT r.id, r.unit_id, r.period_id,
             coalesce(u.kommune_number, left(r.unit_id, 4)),
             coalesce(u.fylke_number, left(r.unit_id, 2)),
             v.version, v.form_version,
             coalesce((
               SELECT jsonb_object_agg(e.key, e.value)
                 FROM jsonb_each(v.frozen_values || coalesce(s.point_values, '{}'::jsonb)) e
                WHERE jsonb_typeof(e.value) IN ('number', 'boolean', 'null')
             ), '{}'::jsonb),
             coalesce(r.decided_at, v.submitted_at)
        FROM reporting.report r
        JOIN reporting.report_version v ON v.report_id = r.id AND v.version = r.latest_version
        LEFT JOIN reporting.report_statsforvalter_values s ON s.report_id = r.id
        LEFT JOIN reporting.reporting_unit u
          ON u.number = r.unit_id
         AND u.version_id = (
           SELECT id FROM reporting.reference_data_version
            ORDER BY (valid_from <= current_date) DESC, valid_from DESC, id DESC
            LIMIT 1)
       WHERE r.status = 'approved'
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reporting.published_report`);
  }
}
