import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bekymringsmelding store: each kommune's set-up and receiving units (bydeler, "00" without),
 * one data key per kommune (wrapped by the master key), the messages (content encrypted, deleted on
 * confirm, post or delivery, and after 30 days at the latest) and the audit of every access.
 */
export class CreateBekymringsmelding1767000000000
  implements MigrationInterface
{
  name = 'CreateBekymringsmelding1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE bekymringsmelding.kommune_key (
        kommunenummer char(4) PRIMARY KEY,
        wrapped_key bytea NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE bekymringsmelding.concern_service (
        kommunenummer char(4) PRIMARY KEY,
        kommunenavn varchar(200) NOT NULL,
        mottak varchar(10) NOT NULL CHECK (mottak IN ('manuell', 'svarinn')),
        har_bydeler boolean NOT NULL,
        svarinn_orgnr char(9),
        svarinn_url varchar(500),
        svarinn_certificate text,
        integration_id uuid,
        integration_secret bytea,
        taken_into_use_at timestamptz NOT NULL,
        taken_into_use_by varchar(200) NOT NULL,
        CHECK (mottak = 'manuell' OR (svarinn_orgnr IS NOT NULL AND svarinn_url IS NOT NULL
          AND svarinn_certificate IS NOT NULL AND integration_secret IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE bekymringsmelding.receiving_unit (
        kommunenummer char(4) NOT NULL REFERENCES bekymringsmelding.concern_service (kommunenummer),
        bydelsnummer char(2) NOT NULL,
        bydelsnavn varchar(200) NOT NULL,
        standard_mottaker boolean NOT NULL,
        details jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (kommunenummer, bydelsnummer)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX receiving_unit_one_default ON bekymringsmelding.receiving_unit (kommunenummer) WHERE standard_mottaker`,
    );
    await queryRunner.query(`
      CREATE TABLE bekymringsmelding.concern_message (
        id uuid PRIMARY KEY,
        referanse varchar(20) NOT NULL UNIQUE,
        kommunenummer char(4) NOT NULL,
        bydelsnummer char(2) NOT NULL,
        unit_id varchar(6) NOT NULL,
        mottaker varchar(400) NOT NULL,
        type varchar(10) NOT NULL CHECK (type IN ('privat', 'offentlig')),
        channel varchar(10) NOT NULL CHECK (channel IN ('manuell', 'svarinn', 'brevpost')),
        status varchar(20) NOT NULL,
        received_at timestamptz NOT NULL,
        letter_post_at timestamptz NOT NULL,
        content bytea,
        content_deleted_at timestamptz,
        downloads integer NOT NULL DEFAULT 0,
        last_download_by varchar(200),
        last_download_at timestamptz,
        confirmed_by varchar(200),
        confirmed_at timestamptz,
        command_sent_at timestamptz,
        confirm_sent_at timestamptz,
        FOREIGN KEY (kommunenummer, bydelsnummer)
          REFERENCES bekymringsmelding.receiving_unit (kommunenummer, bydelsnummer),
        CHECK ((content IS NULL) = (content_deleted_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX concern_message_by_unit ON bekymringsmelding.concern_message (kommunenummer, received_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX concern_message_unsent ON bekymringsmelding.concern_message (received_at) WHERE command_sent_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX concern_message_confirm_unsent ON bekymringsmelding.concern_message (confirmed_at) WHERE confirmed_at IS NOT NULL AND confirm_sent_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX concern_message_with_content ON bekymringsmelding.concern_message (received_at) WHERE content IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE bekymringsmelding.concern_audit (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES bekymringsmelding.concern_message (id),
        action varchar(30) NOT NULL,
        actor varchar(200) NOT NULL,
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX concern_audit_by_message ON bekymringsmelding.concern_audit (message_id, at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE bekymringsmelding.concern_audit`);
    await queryRunner.query(`DROP TABLE bekymringsmelding.concern_message`);
    await queryRunner.query(`DROP TABLE bekymringsmelding.receiving_unit`);
    await queryRunner.query(`DROP TABLE bekymringsmelding.concern_service`);
    await queryRunner.query(`DROP TABLE bekymringsmelding.kommune_key`);
  }
}
