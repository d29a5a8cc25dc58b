import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the workflow was seen to have taken a version's command off the queue. A command sent but not
 * seen taken is checked in Redis until it is; existing sent commands count as taken.
 */
export class AddCommandDeliveredAt1765100000000 implements MigrationInterface {
  name = 'AddCommandDeliveredAt1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE reporting.report_version ADD COLUMN command_delivered_at timestamptz`,
    );
    await queryRunner.query(
      `UPDATE reporting.report_version SET command_delivered_at = command_sent_at WHERE command_sent_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX report_version_undelivered_idx ON reporting.report_version (command_sent_at)
        WHERE command_delivered_at IS NULL AND command_sent_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX reporting.report_version_undelivered_idx`,
    );
    await queryRunner.query(
      `ALTER TABLE reporting.report_version DROP COLUMN command_delivered_at`,
    );
  }
}
