import { ErrorCode } from '@bvr/contracts';
import { DomainError, Clock } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { InstanceStepper } from '../../instances/step/instance-stepper.service';
import { outboxMessageFor } from '../relay/outbox-message';
import { ExternalJobEntity } from '../persistence/external-job.orm-entity';
import { IncidentEntity } from '../persistence/incident.orm-entity';
import { OutboxMessageEntity } from '../persistence/outbox-message.orm-entity';
import { OutboxRelay } from '../relay/outbox-relay.service';

class IncidentNotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}
class IncidentResolvedError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}

@Injectable()
export class Incidents {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepper: InstanceStepper,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  list(filter: {
    open: boolean;
    instanceId?: string;
  }): Promise<IncidentEntity[]> {
    return this.dataSource.getRepository(IncidentEntity).find({
      where: {
        ...(filter.open ? { resolvedAt: IsNull() } : {}),
        ...(filter.instanceId ? { instanceId: filter.instanceId } : {}),
      },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  /** Hands the failed job to its handler once more, as a new attempt; the incident is resolved. */
  async retry(incidentId: string, actor: string): Promise<IncidentEntity> {
    const incident = await this.dataSource
      .getRepository(IncidentEntity)
      .findOneBy({ id: incidentId });
    if (!incident)
      throw new IncidentNotFoundError(`No incident with id ${incidentId}`);
    const resolved = await this.stepper.step(
      incident.instanceId,
      actor,
      async ({ em, instance, note }) => {
        const current = await em.findOneByOrFail(IncidentEntity, {
          id: incidentId,
        });
        if (current.resolvedAt)
          throw new IncidentResolvedError(
            `Incident ${incidentId} was already retried`,
          );
        const job = await em.findOneByOrFail(ExternalJobEntity, {
          id: current.jobId,
        });
        const now = this.clock.now();
        job.status = 'pending';
        job.attempt += 1;
        await em.save(job);
        await em.insert(
          OutboxMessageEntity,
          outboxMessageFor(instance, job, now),
        );
        current.resolvedAt = now;
        current.resolvedBy = actor;
        await em.save(current);
        instance.openIncidents = Math.max(0, instance.openIncidents - 1);
        note({
          type: 'incident.resolved',
          elementId: job.elementId,
          executionId: job.executionId,
          data: { attempt: job.attempt },
        });
        return current;
      },
      { engine: false },
    );
    this.relay.wake();
    return resolved;
  }
}
