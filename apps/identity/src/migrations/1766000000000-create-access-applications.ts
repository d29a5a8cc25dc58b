import { MigrationInterface, QueryRunner } from 'typeorm';

/** Applications for access to «Utrapportering»: one pending per user at a time. */
export class CreateAccessApplications1766000000000
  implements MigrationInterface
{
  name = 'CreateAccessApplications1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE identity.access_application (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES identity.app_user (id),
        applicant_name varchar(200) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('unit', 'statsforvalter', 'external')),
        represents varchar(200) NOT NULL,
        unit_id varchar(6),
        office_id varchar(100),
        office_name varchar(200),
        approver_group varchar(120) NOT NULL,
        "grant" varchar(120) NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        submitted_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by varchar(200),
        command_sent_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX access_application_one_pending ON identity.access_application (user_id) WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX access_application_by_user ON identity.access_application (user_id, submitted_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX access_application_unsent ON identity.access_application (submitted_at) WHERE command_sent_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identity.access_application`);
  }
}
