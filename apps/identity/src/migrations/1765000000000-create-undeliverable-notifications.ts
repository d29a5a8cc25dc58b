import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications nobody could receive, for the platform admins to follow up. */
export class CreateUndeliverableNotifications1765000000000
  implements MigrationInterface
{
  name = 'CreateUndeliverableNotifications1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE identity.undeliverable_notification (
        id bigserial PRIMARY KEY,
        idempotency_key varchar(200) NOT NULL UNIQUE,
        template varchar(100) NOT NULL,
        audience jsonb NOT NULL,
        reason varchar(500) NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX undeliverable_notification_created ON identity.undeliverable_notification (created_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identity.undeliverable_notification`);
  }
}
