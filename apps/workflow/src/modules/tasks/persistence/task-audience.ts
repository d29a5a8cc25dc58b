import type { EntityManager } from 'typeorm';

interface AudienceSource {
  id: string;
  candidateGroups: string[];
  submittedAt: Date | null;
  dueAt: Date | null;
  createdAt: Date;
  reportingUnitName: string | null;
  reference: string | null;
  name: string;
  responsibleOfficeName: string | null;
}

/**
 * What the inbox's text filter searches, kept on each inbox row so the filter reads no task rows. The
 * separator keeps a search from matching across two fields by accident.
 */
export function searchTextOf(task: AudienceSource): string {
  return [
    task.reference,
    task.reportingUnitName,
    task.name,
    task.responsibleOfficeName,
  ]
    .filter((part) => part != null)
    .join(' · ');
}

/** Writes the inbox rows of new open tasks (one per candidate group) and counts them in. */
export async function insertAudience(
  em: EntityManager,
  tasks: AudienceSource[],
): Promise<void> {
  const rows = tasks.flatMap((task) =>
    [...new Set(task.candidateGroups)].map((audience) => ({ task, audience })),
  );
  if (!rows.length) return;
  await em.query(
    `WITH added AS (
       INSERT INTO workflow.task_audience (task_id, audience, open, submitted_at, due_at, created_at, unit_name, search_text)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[])
       RETURNING audience)
     ${upsertCounts('added', true, '+')}`,
    [
      rows.map((row) => row.task.id),
      rows.map((row) => row.audience),
      rows.map(() => true),
      rows.map((row) => row.task.submittedAt),
      rows.map((row) => row.task.dueAt),
      rows.map((row) => row.task.createdAt),
      rows.map((row) => row.task.reportingUnitName),
      rows.map((row) => searchTextOf(row.task)),
    ],
  );
}

/** Moves tasks from "Åpne oppgaver" to "Løste oppgaver" in the inbox, and in its totals. */
export async function closeAudience(
  em: EntityManager,
  taskIds: string[],
): Promise<void> {
  if (!taskIds.length) return;
  await em.query(
    `WITH closed AS (
       UPDATE workflow.task_audience SET open = false WHERE task_id = ANY($1::uuid[]) AND open RETURNING audience),
     opened AS (${upsertCounts('closed', true, '-')} RETURNING 1)
     ${upsertCounts('closed', false, '+')}`,
    [taskIds],
  );
}

/** Counter shards per audience and state; a step updates one at random, a read sums them. */
const COUNTER_SHARDS = 8;

/** Adds or subtracts the rows of CTE `source` (one per audience row) to the totals. */
function upsertCounts(source: string, open: boolean, sign: '+' | '-'): string {
  return `INSERT INTO workflow.task_audience_count AS c (audience, open, shard, tasks)
     SELECT audience, ${open}, floor(random() * ${COUNTER_SHARDS})::smallint, ${sign}count(*) FROM ${source} GROUP BY audience ORDER BY audience
     ON CONFLICT (audience, open, shard) DO UPDATE SET tasks = c.tasks + EXCLUDED.tasks`;
}

/** Cancels the open tasks matched by `where` (SQL over user_task, parameters from $1) and closes them in the inbox. */
export function cancelOpenTasks(
  em: EntityManager,
  where: string,
  parameters: unknown[],
): Promise<void> {
  return closeOpenTasks(em, `status = 'cancelled'`, where, parameters);
}

/**
 * Marks the open tasks matched by `where` done by `by` without a form (a resubmission message that
 * closed the correction task): they land in "Løste oppgaver" as completed, not cancelled.
 */
export function completeOpenTasks(
  em: EntityManager,
  where: string,
  parameters: unknown[],
  by: string,
  at: Date,
): Promise<void> {
  const next = parameters.length;
  return closeOpenTasks(
    em,
    `status = 'completed', completed_by = $${next + 1}, completed_at = $${next + 2}, draft = NULL`,
    where,
    [...parameters, by, at],
  );
}

async function closeOpenTasks(
  em: EntityManager,
  set: string,
  where: string,
  parameters: unknown[],
): Promise<void> {
  // TypeORM answers UPDATE … RETURNING on PostgreSQL with [rows, affected].
  const [rows]: [Array<{ id: string }>, number] = await em.query(
    `UPDATE workflow.user_task SET ${set} WHERE status = 'open' AND ${where} RETURNING id`,
    parameters,
  );
  await closeAudience(
    em,
    rows.map((row) => row.id),
  );
}
