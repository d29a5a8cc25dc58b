import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the workflow was seen to have taken a message's start and confirm commands off the queue. A
 * command sent but not seen taken is checked in Redis until it is; existing sent commands count as taken.
 */
export class AddCommandDeliveredAt1767200000000 implements MigrationInterface {
  name = 'AddCommandDeliveredAt1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE bekymringsmelding.concern_message
        ADD COLUMN command_delivered_at timestamptz,
        ADD COLUMN confirm_delivered_at timestamptz`,
    );
    await queryRunner.query(
      `UPDATE bekymringsmelding.concern_message
        SET command_delivered_at = command_sent_at, confirm_delivered_at = confirm_sent_at
        WHERE command_sent_at IS NOT NULL OR confirm_sent_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX concern_message_start_undelivered ON bekymringsmelding.concern_message (command_sent_at)
        WHERE command_delivered_at IS NULL AND command_sent_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX concern_message_confirm_undelivered ON bekymringsmelding.concern_message (confirm_sent_at)
        WHERE confirm_delivered_at IS NULL AND confirm_sent_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX bekymringsmelding.concern_message_confirm_undelivered`,
    );
    await queryRunner.query(
      `DROP INDEX bekymringsmelding.concern_message_start_undelivered`,
    );
    await queryRunner.query(
      `ALTER TABLE bekymringsmelding.concern_message
        DROP COLUMN confirm_delivered_at,
        DROP COLUMN command_delivered_at`,
    );
  }
}
