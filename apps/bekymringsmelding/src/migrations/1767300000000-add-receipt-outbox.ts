import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The receipt e-mail of a message, stored in the message's own transaction until BullMQ has it. The
 * e-mail job (address and params) is sealed with the kommune's data key; a row lives minutes, at most
 * a day (see `RECEIPT_OUTBOX_LIMIT_MS`).
 */
export class AddReceiptOutbox1767300000000 implements MigrationInterface {
  name = 'AddReceiptOutbox1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE bekymringsmelding.receipt_outbox (
        message_id uuid PRIMARY KEY REFERENCES bekymringsmelding.concern_message (id) ON DELETE CASCADE,
        sealed_job bytea NOT NULL,
        created_at timestamptz NOT NULL
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX receipt_outbox_by_age ON bekymringsmelding.receipt_outbox (created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE bekymringsmelding.receipt_outbox`);
  }
}
