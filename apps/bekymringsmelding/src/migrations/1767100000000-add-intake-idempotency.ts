import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The intake's idempotency key: a citizen's resend after a lost answer finds the first message by
 * its key. Only a SHA-256 of the canonical request is kept beside it, never the plaintext. The key
 * stays when the retention sweep deletes the content, so a late resend still gets the first receipt;
 * the hash goes with the content (a hash of a report outlives it no more than the report).
 */
export class AddIntakeIdempotency1767100000000 implements MigrationInterface {
  name = 'AddIntakeIdempotency1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE bekymringsmelding.concern_message
        ADD COLUMN idempotency_key varchar(100),
        ADD COLUMN request_hash char(64),
        ADD CONSTRAINT concern_message_key_has_hash
          CHECK (request_hash IS NULL OR idempotency_key IS NOT NULL),
        ADD CONSTRAINT concern_message_hash_until_deleted
          CHECK (idempotency_key IS NULL OR request_hash IS NOT NULL OR content IS NULL)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX concern_message_idempotency_key ON bekymringsmelding.concern_message (idempotency_key)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX bekymringsmelding.concern_message_idempotency_key`,
    );
    await queryRunner.query(`
      ALTER TABLE bekymringsmelding.concern_message
        DROP CONSTRAINT concern_message_hash_until_deleted,
        DROP CONSTRAINT concern_message_key_has_hash,
        DROP COLUMN request_hash,
        DROP COLUMN idempotency_key`);
  }
}
