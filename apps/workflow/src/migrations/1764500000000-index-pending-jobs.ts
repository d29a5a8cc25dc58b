import { MigrationInterface, QueryRunner } from 'typeorm';

/** The stalled-job sweep looks at pending jobs only: a few among every job ever run. */
export class IndexPendingJobs1764500000000 implements MigrationInterface {
  name = 'IndexPendingJobs1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX external_job_pending_idx ON workflow.external_job (created_at) WHERE status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX workflow.external_job_pending_idx`);
  }
}
