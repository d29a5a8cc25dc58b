import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, their role grants with an append-only audit, the keys that sign access tokens, machine clients. */
export class CreateIdentity1764200000000 implements MigrationInterface {
  name = 'CreateIdentity1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'machine_client',
      'signing_key',
      'role_audit',
      'role_grant',
      'app_user',
    ])
      await queryRunner.query(`DROP TABLE identity.${table}`);
  }
}

const STATEMENTS = [
  `CREATE TABLE identity.app_user (
    id uuid PRIMARY KEY,
    pid varchar(11) UNIQUE CHECK (pid ~ '^[0-9]{11}$'),
    subject varchar(400) UNIQUE,
    name varchar(200),
    email varchar(254),
    phone varchar(20),
    registered_at timestamptz,
    created_at timestamptz NOT NULL,
    last_login_at timestamptz,
    CHECK (pid IS NOT NULL OR subject IS NOT NULL)
  )`,
  `CREATE TABLE identity.role_grant (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES identity.app_user (id),
    role varchar(40) NOT NULL,
    scope_type varchar(10) NOT NULL,
    scope_id varchar(40),
    granted_at timestamptz NOT NULL,
    granted_by varchar(200) NOT NULL,
    revoked_at timestamptz,
    revoked_by varchar(200)
  )`,
  // One live grant per user, role and scope: granting it again is a conflict, not a duplicate.
  `CREATE UNIQUE INDEX role_grant_live ON identity.role_grant (user_id, role, scope_type, coalesce(scope_id, ''))
    WHERE revoked_at IS NULL`,
  `CREATE INDEX role_grant_scope ON identity.role_grant (role, scope_type, scope_id) WHERE revoked_at IS NULL`,
  `CREATE TABLE identity.role_audit (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    actor_id varchar(200) NOT NULL,
    action varchar(10) NOT NULL CHECK (action IN ('grant', 'revoke')),
    grant_id uuid NOT NULL REFERENCES identity.role_grant (id),
    user_id uuid NOT NULL REFERENCES identity.app_user (id),
    role varchar(40) NOT NULL,
    scope_type varchar(10) NOT NULL,
    scope_id varchar(40),
    reason varchar(500)
  )`,
  `CREATE INDEX role_audit_user ON identity.role_audit (user_id, at)`,
  `CREATE TABLE identity.signing_key (
    kid varchar(64) PRIMARY KEY,
    private_jwk jsonb NOT NULL,
    public_jwk jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    retired_at timestamptz
  )`,
  `CREATE TABLE identity.machine_client (
    id uuid PRIMARY KEY,
    name varchar(200) NOT NULL,
    org_number char(9) NOT NULL CHECK (org_number ~ '^[0-9]{9}$'),
    unit_id varchar(6) NOT NULL CHECK (unit_id ~ '^[0-9]{4}([0-9]{2})?$'),
    public_jwk jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    created_by varchar(200) NOT NULL,
    revoked_at timestamptz
  )`,
];
