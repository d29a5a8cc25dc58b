import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DefinitionRegistry } from '../registry/definition-registry.service';

export interface ActivityCount {
  activityId: string;
  /** Running instances of the version whose current activities include this one. */
  waiting: number;
  /** Open incidents on this activity, of running instances of the version. */
  incidents: number;
}

/** `current_activities` is written with the engine state at every step, so no engine is needed. */
const WAITING_SQL = `
  SELECT activity->>'id' AS activity_id, count(DISTINCT p.id)::int AS count
  FROM workflow.process_instance p
  CROSS JOIN LATERAL jsonb_array_elements(p.current_activities) activity
  WHERE p.definition_id = $1 AND p.status = 'running'
  GROUP BY 1`;

const INCIDENTS_SQL = `
  SELECT x.element_id AS activity_id, count(*)::int AS count
  FROM workflow.incident x
  JOIN workflow.process_instance p ON p.id = x.instance_id
  WHERE p.definition_id = $1 AND p.status = 'running' AND x.resolved_at IS NULL
  GROUP BY 1`;

/** Where the running instances of one version stand, to paint on its diagram. */
@Injectable()
export class ActivityCounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: DefinitionRegistry,
  ) {}

  async of(
    key: string,
    version: number,
  ): Promise<{ activities: ActivityCount[] }> {
    const definition = await this.registry.version(key, version);
    const [waiting, incidents]: Array<
      Array<{ activity_id: string; count: number }>
    > = await Promise.all([
      this.dataSource.query(WAITING_SQL, [definition.id]),
      this.dataSource.query(INCIDENTS_SQL, [definition.id]),
    ]);
    const byActivity = new Map<string, ActivityCount>();
    const entry = (activityId: string) => {
      const found = byActivity.get(activityId) ?? {
        activityId,
        waiting: 0,
        incidents: 0,
      };
      byActivity.set(activityId, found);
      return found;
    };
    for (const row of waiting) entry(row.activity_id).waiting = row.count;
    for (const row of incidents) entry(row.activity_id).incidents = row.count;
    return {
      activities: [...byActivity.values()].sort((a, b) =>
        a.activityId.localeCompare(b.activityId),
      ),
    };
  }
}
