import { MigrationInterface, QueryRunner } from 'typeorm';

/** The sent-e-mail log also shows failed deliveries: status, attempts, last error, and the job to retry. */
export class AddEmailDeliveryStatus1765000000000 implements MigrationInterface {
  name = 'AddEmailDeliveryStatus1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notification.sent_email
        ADD COLUMN status varchar(10) NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'failed')),
        ADD COLUMN attempts integer NOT NULL DEFAULT 1,
        ADD COLUMN last_error varchar(1000),
        ADD COLUMN job_id varchar(300),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ALTER COLUMN sent_at DROP NOT NULL,
        ALTER COLUMN sent_at DROP DEFAULT`);
    await queryRunner.query(
      `CREATE INDEX sent_email_status ON notification.sent_email (status, updated_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM notification.sent_email WHERE status <> 'sent'`,
    );
    await queryRunner.query(`
      ALTER TABLE notification.sent_email
        DROP COLUMN status, DROP COLUMN attempts, DROP COLUMN last_error,
        DROP COLUMN job_id, DROP COLUMN updated_at,
        ALTER COLUMN sent_at SET DEFAULT now(),
        ALTER COLUMN sent_at SET NOT NULL`);
  }
}
