import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import type { Principal } from '../../../auth/principal';
import { canSeeTask } from '../domain/task-access';
import { TaskForbiddenError, TaskNotFoundError } from '../domain/task.errors';
import { UserTaskEntity } from '../persistence/user-task.orm-entity';

export const TASK_SORTS = {
  submitted: 'task.submitted_at',
  created: 'task.created_at',
  due: 'task.due_at',
  unit: 'task.reporting_unit_name',
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

/** The inbox: task rows only, visible through the caller's groups; no engine is involved. */
@Injectable()
export class TaskQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: TaskFilter, principal: Principal) {
    const query = this.dataSource
      .getRepository(UserTaskEntity)
      .createQueryBuilder('task')
      .where(
        new Brackets((visible) =>
          visible
            .where('task.candidate_groups && :groups::text[]', {
              groups: principal.groups,
            })
            .orWhere('task.assignee = :me', { me: principal.id }),
        ),
      );
    if (filter.state === 'open') query.andWhere("task.status = 'open'");
    else query.andWhere(`task.status IN ('completed', 'cancelled')`);
    if (filter.status)
      query.andWhere('task.status = :status', { status: filter.status });
    if (filter.process)
      query.andWhere('task.definition_key = :process', {
        process: filter.process,
      });
    if (filter.taskName)
      query.andWhere('task.name = :taskName', { taskName: filter.taskName });
    if (filter.reportingUnit)
      query.andWhere('task.reporting_unit_id = :unit', {
        unit: filter.reportingUnit,
      });
    if (filter.text) {
      const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((text) =>
          text
            .where('task.reference ILIKE :pattern', { pattern })
            .orWhere('task.reporting_unit_name ILIKE :pattern')
            .orWhere('task.name ILIKE :pattern')
            .orWhere('task.responsible_office_name ILIKE :pattern'),
        ),
      );
    }
    const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
    query
      .orderBy(TASK_SORTS[filter.sort], direction, 'NULLS LAST')
      .addOrderBy('task.id', direction)
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize);
    const [rows, total] = await Promise.all([
      query.getMany(),
      query.clone().orderBy().offset(undefined).limit(undefined).getCount(),
    ]);
    return {
      total,
      page: filter.page,
      pageSize: filter.pageSize,
      items: rows.map(listColumns),
    };
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
