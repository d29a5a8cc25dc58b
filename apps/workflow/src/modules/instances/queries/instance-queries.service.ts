import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IncidentEntity } from '../../jobs/persistence/incident.orm-entity';
import { UserTaskEntity } from '../../tasks/persistence/user-task.orm-entity';
import { InstanceNotFoundError } from '../domain/instance.errors';
import { HistoryEventEntity } from '../persistence/history-event.orm-entity';
import {
  InstanceStatus,
  ProcessInstanceEntity,
} from '../persistence/process-instance.orm-entity';

export interface InstanceFilter {
  definitionKey?: string;
  status?: InstanceStatus;
  businessKey?: string;
  /** The definition version the instances run on. */
  version?: number;
  /** Instances whose current activities include this element id. */
  activityId?: string;
  withIncidents?: boolean;
  page: number;
  pageSize: number;
}

const summary = (instance: ProcessInstanceEntity) => ({
  id: instance.id,
  definitionKey: instance.definitionKey,
  definitionVersion: instance.definitionVersion,
  businessKey: instance.businessKey,
  status: instance.status,
  currentActivities: instance.currentActivities,
  openIncidents: instance.openIncidents,
  startedAt: instance.startedAt,
  startedBy: instance.startedBy,
  endedAt: instance.endedAt,
  cancelReason: instance.cancelReason,
});

/** Form data (drafts, outcomes) is the task form's business, not the admin view's. */
function withoutFormData(task: UserTaskEntity) {
  return Object.fromEntries(
    Object.entries(task).filter(
      ([key]) => key !== 'draft' && key !== 'outcome',
    ),
  );
}

function withoutInstanceId(event: HistoryEventEntity) {
  return Object.fromEntries(
    Object.entries(event).filter(([key]) => key !== 'instanceId'),
  );
}

/** Reads for the admin views; never touches an engine. */
@Injectable()
export class InstanceQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string) {
    const instance = await this.dataSource
      .getRepository(ProcessInstanceEntity)
      .findOneBy({ id });
    if (!instance) throw new InstanceNotFoundError(id);
    const [history, tasks, incidents] = await Promise.all([
      this.dataSource
        .getRepository(HistoryEventEntity)
        .find({ where: { instanceId: id }, order: { id: 'ASC' } }),
      this.dataSource
        .getRepository(UserTaskEntity)
        .find({ where: { instanceId: id }, order: { createdAt: 'ASC' } }),
      this.dataSource
        .getRepository(IncidentEntity)
        .find({ where: { instanceId: id }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      ...summary(instance),
      variables: instance.variables,
      tasks: tasks.map(withoutFormData),
      incidents,
      history: history.map(withoutInstanceId),
    };
  }

  async list(filter: InstanceFilter) {
    const query = this.dataSource
      .getRepository(ProcessInstanceEntity)
      .createQueryBuilder('instance')
      .orderBy('instance.started_at', 'DESC')
      .addOrderBy('instance.id')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize);
    if (filter.definitionKey)
      query.andWhere('instance.definition_key = :key', {
        key: filter.definitionKey,
      });
    if (filter.status)
      query.andWhere('instance.status = :status', { status: filter.status });
    if (filter.businessKey)
      query.andWhere('instance.business_key = :businessKey', {
        businessKey: filter.businessKey,
      });
    if (filter.version)
      query.andWhere('instance.definition_version = :version', {
        version: filter.version,
      });
    if (filter.activityId)
      query.andWhere('instance.current_activities @> :activity::jsonb', {
        activity: JSON.stringify([{ id: filter.activityId }]),
      });
    if (filter.withIncidents) query.andWhere('instance.open_incidents > 0');
    const [rows, total] = await query.getManyAndCount();
    return {
      total,
      page: filter.page,
      pageSize: filter.pageSize,
      items: rows.map(summary),
    };
  }
}
