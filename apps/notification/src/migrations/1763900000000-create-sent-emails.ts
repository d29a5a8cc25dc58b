import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSentEmails1763900000000 implements MigrationInterface {
  name = 'CreateSentEmails1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification.sent_email (
        idempotency_key varchar(200) PRIMARY KEY,
        template varchar(100) NOT NULL,
        recipient_count integer NOT NULL,
        smtp_message_id varchar(300),
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification.sent_email`);
  }
}
