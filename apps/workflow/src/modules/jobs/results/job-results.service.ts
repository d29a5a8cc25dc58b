import { ExternalTaskResult } from '@bvr/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@bvr/service-kit';
import { InstanceNotRunningError } from '../../instances/domain/instance.errors';
import { InstanceStepper } from '../../instances/step/instance-stepper.service';
import { ExternalJobEntity } from '../persistence/external-job.orm-entity';
import { IncidentEntity } from '../persistence/incident.orm-entity';

export type JobResultOutcome =
  | 'completed'
  | 'incident'
  | 'duplicate'
  | 'unknown-job'
  | 'instance-ended';

/**
 * Steps an instance on with a handler's answer. A result arrives at least once; the job row,
 * re-read under the instance lock, makes the second arrival a no-op.
 */
@Injectable()
export class JobResults {
  private readonly logger = new Logger(JobResults.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepper: InstanceStepper,
    private readonly clock: Clock,
  ) {}

  async apply(result: ExternalTaskResult): Promise<JobResultOutcome> {
    const job = await this.dataSource
      .getRepository(ExternalJobEntity)
      .findOneBy({ id: result.jobId });
    if (!job) {
      this.logger.warn(
        { jobId: result.jobId },
        'result for an unknown job ignored',
      );
      return 'unknown-job';
    }
    try {
      return await this.stepper.step(
        job.instanceId,
        `service:${job.topic}`,
        async ({ em, run, instance, note }) => {
          const current = await em.findOneByOrFail(ExternalJobEntity, {
            id: job.id,
          });
          if (current.status !== 'pending') return 'duplicate';
          const now = this.clock.now();
          if (result.outcome === 'completed') {
            if (
              !(await run.completeExternalTask(
                current.executionId,
                result.variables,
              ))
            )
              return 'duplicate';
            await em.update(ExternalJobEntity, current.id, {
              status: 'completed',
              completedAt: now,
            });
            note({
              type: 'job.completed',
              elementId: current.elementId,
              executionId: current.executionId,
              data: { topic: current.topic },
            });
            return 'completed';
          }
          await em.update(ExternalJobEntity, current.id, {
            status: 'failed',
            lastError: result.error,
          });
          await em.insert(IncidentEntity, {
            instanceId: instance.id,
            jobId: current.id,
            elementId: current.elementId,
            topic: current.topic,
            error: result.error,
            createdAt: now,
          });
          instance.openIncidents += 1;
          note({
            type: 'job.failed',
            elementId: current.elementId,
            executionId: current.executionId,
            data: { topic: current.topic, error: result.error },
          });
          return 'incident';
        },
        { engine: result.outcome === 'completed' },
      );
    } catch (error) {
      if (error instanceof InstanceNotRunningError) return 'instance-ended';
      throw error;
    }
  }
}
