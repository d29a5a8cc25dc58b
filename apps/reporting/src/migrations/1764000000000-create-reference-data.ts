import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data as immutable, complete snapshots: each load is one `reference_data_version`, and every
 * fylke, office, kommune and bydel row belongs to exactly one version. A merge or split of kommuner is a
 * new version with a later `valid_from`; "as of D" reads the latest version with `valid_from <= D`.
 * Across versions a unit is identified by its official number (offices by their slug).
 */
export class CreateReferenceData1764000000000 implements MigrationInterface {
  name = 'CreateReferenceData1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reporting.reference_data_version (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        valid_from date NOT NULL,
        source text NOT NULL,
        content_hash varchar(64) NOT NULL UNIQUE CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE INDEX reference_data_version_as_of_idx
        ON reporting.reference_data_version (valid_from DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE reporting.statsforvalter_office (
        version_id integer NOT NULL REFERENCES reporting.reference_data_version (id) ON DELETE CASCADE,
        id varchar(60) NOT NULL CHECK (id ~ '^sf-[a-z]+(-[a-z]+)*$'),
        name text NOT NULL,
        PRIMARY KEY (version_id, id)
      )`);
    await queryRunner.query(`
      CREATE TABLE reporting.fylke (
        version_id integer NOT NULL REFERENCES reporting.reference_data_version (id) ON DELETE CASCADE,
        number varchar(2) NOT NULL CHECK (number ~ '^[0-9]{2}$'),
        name text NOT NULL,
        office_id varchar(60) NOT NULL,
        PRIMARY KEY (version_id, number),
        FOREIGN KEY (version_id, office_id) REFERENCES reporting.statsforvalter_office (version_id, id)
      )`);
    await queryRunner.query(`
      CREATE TABLE reporting.kommune (
        version_id integer NOT NULL REFERENCES reporting.reference_data_version (id) ON DELETE CASCADE,
        number varchar(4) NOT NULL CHECK (number ~ '^[0-9]{4}$'),
        name text NOT NULL,
        fylke_number varchar(2) NOT NULL,
        PRIMARY KEY (version_id, number),
        FOREIGN KEY (version_id, fylke_number) REFERENCES reporting.fylke (version_id, number)
      )`);
    await queryRunner.query(`
      CREATE INDEX kommune_fylke_idx ON reporting.kommune (version_id, fylke_number)`);
    await queryRunner.query(`
      CREATE TABLE reporting.bydel (
        version_id integer NOT NULL REFERENCES reporting.reference_data_version (id) ON DELETE CASCADE,
        number varchar(6) NOT NULL CHECK (number ~ '^[0-9]{6}$'),
        name text NOT NULL,
        kommune_number varchar(4) NOT NULL,
        PRIMARY KEY (version_id, number),
        FOREIGN KEY (version_id, kommune_number) REFERENCES reporting.kommune (version_id, number),
        CHECK (left(number, 4) = kommune_number)
      )`);
    await queryRunner.query(`
      CREATE INDEX bydel_kommune_idx ON reporting.bydel (version_id, kommune_number)`);
    // The unit that reports: a kommune, or each of its bydeler when the version lists bydeler for it.
    await queryRunner.query(`
      CREATE VIEW reporting.reporting_unit AS
        SELECT k.version_id, k.number, k.name, 'kommune'::text AS kind,
               k.number AS kommune_number, k.fylke_number, f.office_id
          FROM reporting.kommune k
          JOIN reporting.fylke f ON f.version_id = k.version_id AND f.number = k.fylke_number
         WHERE NOT EXISTS (
           SELECT 1 FROM reporting.bydel b
            WHERE b.version_id = k.version_id AND b.kommune_number = k.number)
        UNION ALL
        SELECT b.version_id, b.number, b.name, 'bydel'::text AS kind,
               b.kommune_number, k.fylke_number, f.office_id
          FROM reporting.bydel b
          JOIN reporting.kommune k ON k.version_id = b.version_id AND k.number = b.kommune_number
          JOIN reporting.fylke f ON f.version_id = k.version_id AND f.number = k.fylke_number`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW reporting.reporting_unit`);
    await queryRunner.query(`DROP TABLE reporting.bydel`);
    await queryRunner.query(`DROP TABLE reporting.kommune`);
    await queryRunner.query(`DROP TABLE reporting.fylke`);
    await queryRunner.query(`DROP TABLE reporting.statsforvalter_office`);
    await queryRunner.query(`DROP TABLE reporting.reference_data_version`);
  }
}
