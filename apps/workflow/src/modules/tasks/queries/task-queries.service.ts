import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../../auth/principal';
import { canSeeTask } from '../domain/task-access';
import { TaskForbiddenError, TaskNotFoundError } from '../domain/task.errors';
import { UserTaskEntity } from '../persistence/user-task.orm-entity';

/** Sort keys and the task_audience column each one is served by (each has its own index). */
export const TASK_SORTS = {
  submitted: 'submitted_at',
  created: 'created_at',
  due: 'due_at',
  unit: 'unit_name',
} as const;

export interface TaskFilter {
  state: 'open' | 'solved';
  process?: string;
  taskName?: string;
  reportingUnit?: string;
  status?: 'open' | 'completed' | 'cancelled';
  text?: string;
  sort: keyof typeof TASK_SORTS;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const listColumns = (task: UserTaskEntity) => ({
  id: task.id,
  processInstanceId: task.instanceId,
  process: task.definitionKey,
  name: task.name,
  status: task.status,
  reference: task.reference,
  reportingUnit: task.reportingUnitId
    ? { id: task.reportingUnitId, name: task.reportingUnitName }
    : null,
  responsibleOffice: task.responsibleOfficeId
    ? { id: task.responsibleOfficeId, name: task.responsibleOfficeName }
    : null,
  submittedAt: task.submittedAt,
  dueAt: task.dueAt,
  candidateGroups: task.candidateGroups,
  assignee: task.assignee,
  createdAt: task.createdAt,
  completedAt: task.completedAt,
  completedBy: task.completedBy,
});

/**
 * The inbox: the caller's groups select index ranges of task_audience, which also carry the sort
 * keys and the searchable text, so the first page and the total count never touch more than a page
 * of task rows. Filters on other columns join the task rows.
 */
@Injectable()
export class TaskQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: TaskFilter, principal: Principal) {
    const totals: Array<{ audience: string; tasks: number }> =
      await this.dataSource.query(
        `SELECT audience, sum(tasks)::int AS tasks FROM workflow.task_audience_count
       WHERE audience = ANY($1::text[]) AND open = $2 GROUP BY audience HAVING sum(tasks) > 0`,
        [principal.groups, filter.state === 'open'],
      );
    const audiences = totals.map((total) => total.audience);
    const empty = {
      total: 0,
      page: filter.page,
      pageSize: filter.pageSize,
      items: [],
    };
    if (!audiences.length) return empty;
    const { where, join, parameters, filtered } = this.conditions(
      filter,
      audiences,
    );
    const ids = await this.pageOfIds(filter, where, join, parameters);
    // One group and no filter: the running total is exact. Otherwise count what matches.
    const total =
      audiences.length === 1 && !filtered
        ? totals[0].tasks
        : (
            await this.dataSource.query(
              `SELECT count(DISTINCT a.task_id)::int AS total FROM workflow.task_audience a ${join} WHERE ${where}`,
              parameters,
            )
          )[0].total;
    const tasks = ids.length
      ? await this.dataSource
          .getRepository(UserTaskEntity)
          .findBy({ id: In(ids) })
      : [];
    const byId = new Map(tasks.map((task) => [task.id, task]));
    return {
      ...empty,
      total,
      items: ids.map((id) => listColumns(byId.get(id) as UserTaskEntity)),
    };
  }

  private async pageOfIds(
    filter: TaskFilter,
    where: string,
    join: string,
    parameters: unknown[],
  ): Promise<string[]> {
    const column = `a.${TASK_SORTS[filter.sort]}`;
    const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
    // Grouping by (task, sort key) removes a task seen through two of the caller's groups.
    const rows: Array<{ task_id: string }> = await this.dataSource.query(
      `SELECT a.task_id FROM workflow.task_audience a ${join} WHERE ${where}
       GROUP BY a.task_id, ${column} ORDER BY ${column} ${direction}, a.task_id ${direction}
       LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
      parameters,
    );
    return rows.map((row) => row.task_id);
  }

  /** One audience is an equality, so the page is read in index order and stops after a page. */
  private conditions(filter: TaskFilter, audiences: string[]) {
    const parameters: unknown[] = [
      audiences.length === 1 ? audiences[0] : audiences,
      filter.state === 'open',
    ];
    const where = [
      audiences.length === 1
        ? 'a.audience = $1'
        : 'a.audience = ANY($1::text[])',
      'a.open = $2',
    ];
    const on = (sql: string, value: unknown) => {
      parameters.push(value);
      where.push(sql.replace('?', `$${parameters.length}`));
    };
    if (filter.status) on('t.status = ?', filter.status);
    if (filter.process) on('t.definition_key = ?', filter.process);
    if (filter.taskName) on('t.name = ?', filter.taskName);
    if (filter.reportingUnit)
      on('t.reporting_unit_id = ?', filter.reportingUnit);
    if (filter.text) {
      const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      on('a.search_text ILIKE ?', pattern);
    }
    const join = where.some((condition) => condition.includes('t.'))
      ? 'JOIN workflow.user_task t ON t.id = a.task_id'
      : '';
    // Anything beyond the caller's groups and the open/solved state.
    const filtered = where.length > 2;
    return { where: where.join(' AND '), join, parameters, filtered };
  }

  async get(id: string, principal: Principal) {
    const task = await this.dataSource
      .getRepository(UserTaskEntity)
      .findOneBy({ id });
    if (!task) throw new TaskNotFoundError(id);
    if (!canSeeTask(task, principal)) throw new TaskForbiddenError();
    const instance = await this.dataSource.query(
      'SELECT variables FROM workflow.process_instance WHERE id = $1',
      [task.instanceId],
    );
    return {
      ...listColumns(task),
      formKey: task.formKey,
      variables: instance[0]?.variables ?? {},
      draft: task.draft,
      draftSavedAt: task.draftSavedAt,
      draftSavedBy: task.draftSavedBy,
      outcome: task.outcome,
    };
  }
}
