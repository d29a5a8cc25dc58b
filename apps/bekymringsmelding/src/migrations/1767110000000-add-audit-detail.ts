import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a system action did not succeed (e.g. "HTTP 503" from a case system); never message content. */
export class AddAuditDetail1767110000000 implements MigrationInterface {
  name = 'AddAuditDetail1767110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE bekymringsmelding.concern_audit ADD COLUMN detail varchar(200)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE bekymringsmelding.concern_audit DROP COLUMN detail`,
    );
  }
}
