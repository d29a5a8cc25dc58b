import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable side of the engine. An instance row holds the engine state; everything the inbox,
 * the relay and the timer scheduler read is a row of its own, written in the same transaction as
 * the state, so nothing a step did is visible or sent before it commits.
 */
export class CreateWorkflow1764100000000 implements MigrationInterface {
  name = 'CreateWorkflow1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'incident',
      'external_job',
      'outbox',
      'message_subscription',
      'timer',
      'history_event',
      'task_audience_count',
      'task_audience',
      'user_task',
      'process_instance',
      'process_definition',
    ])
      await queryRunner.query(`DROP TABLE workflow.${table}`);
  }
}

const STATEMENTS = [
  `CREATE TABLE workflow.process_definition (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key varchar(200) NOT NULL,
    version integer NOT NULL CHECK (version > 0),
    name text,
    xml text NOT NULL,
    content_hash varchar(64) NOT NULL,
    deployed_at timestamptz NOT NULL DEFAULT now(),
    deployed_by varchar(200) NOT NULL,
    UNIQUE (key, version),
    UNIQUE (key, content_hash)
  )`,
  `CREATE TABLE workflow.process_instance (
    id uuid PRIMARY KEY,
    definition_id uuid NOT NULL REFERENCES workflow.process_definition (id),
    definition_key varchar(200) NOT NULL,
    definition_version integer NOT NULL,
    business_key varchar(200),
    status varchar(20) NOT NULL CHECK (status IN ('running', 'completed', 'cancelled')),
    variables jsonb NOT NULL DEFAULT '{}',
    engine_state jsonb,
    current_activities jsonb NOT NULL DEFAULT '[]',
    open_incidents integer NOT NULL DEFAULT 0,
    step_count integer NOT NULL DEFAULT 0,
    started_at timestamptz NOT NULL,
    started_by varchar(200) NOT NULL,
    ended_at timestamptz,
    cancel_reason text
  )`,
  `CREATE INDEX process_instance_key_status_idx ON workflow.process_instance (definition_key, status, started_at DESC)`,
  `CREATE INDEX process_instance_business_key_idx ON workflow.process_instance (business_key) WHERE business_key IS NOT NULL`,
  `CREATE TABLE workflow.user_task (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    instance_id uuid NOT NULL REFERENCES workflow.process_instance (id),
    execution_id varchar(200) NOT NULL,
    definition_key varchar(200) NOT NULL,
    element_id varchar(200) NOT NULL,
    name text NOT NULL,
    form_key varchar(200),
    candidate_groups text[] NOT NULL,
    assignee varchar(200),
    status varchar(20) NOT NULL CHECK (status IN ('open', 'completed', 'cancelled')),
    reference varchar(200),
    reporting_unit_id varchar(20),
    reporting_unit_name text,
    responsible_office_id varchar(60),
    responsible_office_name text,
    submitted_at timestamptz,
    due_at timestamptz,
    created_at timestamptz NOT NULL,
    completed_at timestamptz,
    completed_by varchar(200),
    completion_key varchar(200),
    outcome jsonb,
    draft jsonb,
    draft_saved_at timestamptz,
    draft_saved_by varchar(200),
    UNIQUE (instance_id, execution_id)
  )`,
  `CREATE INDEX user_task_instance_idx ON workflow.user_task (instance_id)`,
  // The inbox's access path: one narrow row per task and candidate group, with the sort keys, so
  // an office's first page and its count come from one index range, not from scattered task rows.
  `CREATE TABLE workflow.task_audience (
    task_id uuid NOT NULL REFERENCES workflow.user_task (id) ON DELETE CASCADE,
    audience varchar(200) NOT NULL,
    open boolean NOT NULL,
    submitted_at timestamptz,
    due_at timestamptz,
    created_at timestamptz NOT NULL,
    unit_name text,
    PRIMARY KEY (task_id, audience)
  )`,
  // Running totals per group, so the inbox's "N oppgaver" is a few rows, not a count over the range.
  // Spread over shards so that steps of one busy office do not queue on a single counter row.
  `CREATE TABLE workflow.task_audience_count (
    audience varchar(200) NOT NULL,
    open boolean NOT NULL,
    shard smallint NOT NULL,
    tasks integer NOT NULL,
    PRIMARY KEY (audience, open, shard)
  )`,
  `CREATE INDEX task_audience_submitted_idx ON workflow.task_audience (audience, open, submitted_at, task_id)`,
  `CREATE INDEX task_audience_due_idx ON workflow.task_audience (audience, open, due_at, task_id)`,
  `CREATE INDEX task_audience_created_idx ON workflow.task_audience (audience, open, created_at, task_id)`,
  `CREATE INDEX task_audience_unit_idx ON workflow.task_audience (audience, open, unit_name, task_id)`,
  `CREATE TABLE workflow.history_event (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES workflow.process_instance (id),
    type varchar(40) NOT NULL,
    element_id varchar(200),
    element_name text,
    element_type varchar(100),
    execution_id varchar(200),
    actor varchar(200),
    data jsonb,
    at timestamptz NOT NULL
  )`,
  `CREATE INDEX history_event_instance_idx ON workflow.history_event (instance_id, id)`,
  `CREATE TABLE workflow.timer (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    instance_id uuid NOT NULL REFERENCES workflow.process_instance (id),
    execution_id varchar(200) NOT NULL,
    activity_execution_id varchar(200) NOT NULL,
    element_id varchar(200) NOT NULL,
    fire_at timestamptz NOT NULL,
    status varchar(20) NOT NULL CHECK (status IN ('scheduled', 'fired', 'cancelled')),
    created_at timestamptz NOT NULL,
    fired_at timestamptz,
    UNIQUE (instance_id, execution_id)
  )`,
  `CREATE INDEX timer_due_idx ON workflow.timer (fire_at) WHERE status = 'scheduled'`,
  `CREATE TABLE workflow.message_subscription (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    instance_id uuid NOT NULL REFERENCES workflow.process_instance (id),
    execution_id varchar(200) NOT NULL,
    element_id varchar(200) NOT NULL,
    message_name varchar(200) NOT NULL,
    business_key varchar(200),
    created_at timestamptz NOT NULL,
    UNIQUE (instance_id, execution_id)
  )`,
  `CREATE INDEX message_subscription_lookup_idx ON workflow.message_subscription (message_name, business_key)`,
  `CREATE TABLE workflow.external_job (
    id varchar(200) PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES workflow.process_instance (id),
    execution_id varchar(200) NOT NULL,
    element_id varchar(200) NOT NULL,
    topic varchar(100) NOT NULL,
    status varchar(20) NOT NULL CHECK (status IN ('pending', 'completed', 'failed', 'cancelled')),
    attempt integer NOT NULL DEFAULT 1,
    last_error text,
    created_at timestamptz NOT NULL,
    completed_at timestamptz
  )`,
  `CREATE INDEX external_job_instance_idx ON workflow.external_job (instance_id)`,
  `CREATE TABLE workflow.outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id varchar(250) NOT NULL UNIQUE,
    queue varchar(200) NOT NULL,
    job_name varchar(100) NOT NULL,
    payload jsonb NOT NULL,
    request_id varchar(100),
    created_at timestamptz NOT NULL DEFAULT now(),
    relayed_at timestamptz
  )`,
  `CREATE INDEX outbox_pending_idx ON workflow.outbox (id) WHERE relayed_at IS NULL`,
  `CREATE TABLE workflow.incident (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    instance_id uuid NOT NULL REFERENCES workflow.process_instance (id),
    job_id varchar(200) NOT NULL REFERENCES workflow.external_job (id),
    element_id varchar(200) NOT NULL,
    topic varchar(100) NOT NULL,
    error text NOT NULL,
    created_at timestamptz NOT NULL,
    resolved_at timestamptz,
    resolved_by varchar(200)
  )`,
  `CREATE INDEX incident_open_idx ON workflow.incident (created_at) WHERE resolved_at IS NULL`,
];
