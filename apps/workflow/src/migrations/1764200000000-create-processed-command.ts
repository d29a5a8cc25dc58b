import { MigrationInterface, QueryRunner } from 'typeorm';

/** Commands from other services (`workflow.command`) that took effect, for exactly-once steps. */
export class CreateProcessedCommand1764200000000 implements MigrationInterface {
  name = 'CreateProcessedCommand1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE workflow.processed_command (
      command_id varchar(200) PRIMARY KEY,
      command varchar(20) NOT NULL CHECK (command IN ('start', 'correlate')),
      instance_id uuid NOT NULL REFERENCES workflow.process_instance (id),
      processed_at timestamptz NOT NULL
    )`);
    await queryRunner.query(
      `CREATE INDEX processed_command_instance_idx ON workflow.processed_command (instance_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE workflow.processed_command`);
  }
}
