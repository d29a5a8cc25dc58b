import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the workflow was seen to have taken an application's start command off the queue. A command
 * sent but not seen taken is checked in Redis until it is; existing sent commands count as taken.
 */
export class AddCommandDeliveredAt1766100000000 implements MigrationInterface {
  name = 'AddCommandDeliveredAt1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE identity.access_application ADD COLUMN command_delivered_at timestamptz`,
    );
    await queryRunner.query(
      `UPDATE identity.access_application SET command_delivered_at = command_sent_at WHERE command_sent_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX access_application_undelivered ON identity.access_application (command_sent_at)
        WHERE command_delivered_at IS NULL AND command_sent_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX identity.access_application_undelivered`,
    );
    await queryRunner.query(
      `ALTER TABLE identity.access_application DROP COLUMN command_delivered_at`,
    );
  }
}
