import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's insertion order (`seq`): two rows may carry the same `at`.
 *
 * The deployer's name, so the admin's version list says who deployed, not an id.
 *
 * An admin may publish an older version's model again (a rollback): it becomes the newest version,
 * so one content hash can now appear in several versions of a key. The index keeps the start-up
 * deployer's "already deployed?" lookup fast.
 */
export class AllowRedeployingOldContent1764400000000
  implements MigrationInterface
{
  name = 'AllowRedeployingOldContent1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE workflow.process_definition DROP CONSTRAINT process_definition_key_content_hash_key`,
    );
    await queryRunner.query(
      `CREATE INDEX process_definition_key_content_hash_idx ON workflow.process_definition (key, content_hash)`,
    );
    await queryRunner.query(
      `ALTER TABLE workflow.process_definition ADD COLUMN deployed_by_name varchar(200)`,
    );
    await queryRunner.query(
      `ALTER TABLE workflow.definition_audit ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE workflow.definition_audit DROP COLUMN seq`,
    );
    await queryRunner.query(
      `ALTER TABLE workflow.process_definition DROP COLUMN deployed_by_name`,
    );
    await queryRunner.query(
      `DROP INDEX workflow.process_definition_key_content_hash_idx`,
    );
    await queryRunner.query(
      `ALTER TABLE workflow.process_definition ADD CONSTRAINT process_definition_key_content_hash_key UNIQUE (key, content_hash)`,
    );
  }
}
