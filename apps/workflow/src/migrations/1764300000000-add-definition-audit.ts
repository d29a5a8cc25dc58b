import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a version was deployed (its change note), and who deployed or migrated what, when. The index
 * serves the per-version counts of running instances that the admin's definition list shows.
 */
export class AddDefinitionAudit1764300000000 implements MigrationInterface {
  name = 'AddDefinitionAudit1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE workflow.process_definition ADD COLUMN change_note varchar(500)`,
    );
    await queryRunner.query(`CREATE TABLE workflow.definition_audit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      action varchar(20) NOT NULL CHECK (action IN ('deployed', 'migrated')),
      definition_key varchar(200) NOT NULL,
      version integer NOT NULL,
      actor varchar(200) NOT NULL,
      at timestamptz NOT NULL,
      details jsonb NOT NULL DEFAULT '{}'
    )`);
    await queryRunner.query(
      `CREATE INDEX definition_audit_key_idx ON workflow.definition_audit (definition_key, at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX process_instance_running_definition_idx ON workflow.process_instance (definition_id) WHERE status = 'running'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX workflow.process_instance_running_definition_idx`,
    );
    await queryRunner.query(`DROP TABLE workflow.definition_audit`);
    await queryRunner.query(
      `ALTER TABLE workflow.process_definition DROP COLUMN change_note`,
    );
  }
}
