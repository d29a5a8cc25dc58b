import { Clock } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { CompiledDefinition } from '../../../engine/compiled-definition';
import { EngineCache } from '../../../engine/engine-cache';
import { EngineRun } from '../../../engine/engine-run';
import { rewriteStateIds } from '../../../engine/migrate-state';
import type { JsonObject } from '../../../shared/json-column';
import { DefinitionAuditEntity } from '../../definitions/persistence/definition-audit.orm-entity';
import { DefinitionRegistry } from '../../definitions/registry/definition-registry.service';
import { ExternalJobEntity } from '../../jobs/persistence/external-job.orm-entity';
import { IncidentEntity } from '../../jobs/persistence/incident.orm-entity';
import { MessageSubscriptionEntity } from '../../messages/persistence/message-subscription.orm-entity';
import { UserTaskEntity } from '../../tasks/persistence/user-task.orm-entity';
import { TimerEntity } from '../../timers/persistence/timer.orm-entity';
import { InstanceNotFoundError } from '../domain/instance.errors';
import {
  AlreadyOnVersionError,
  MigrationKeyMismatchError,
  MigrationRefusedError,
} from '../domain/migration.errors';
import { ProcessInstanceEntity } from '../persistence/process-instance.orm-entity';
import { InstanceStepper } from '../step/instance-stepper.service';
import { planMigration } from './migration-plan';

export interface MigrationInput {
  targetVersion: number;
  /** Source activity id → target activity id; an activity not named keeps its id. */
  mapping: Record<string, string>;
  /** When given, must be the instance's own definition key. */
  definitionKey?: string;
}

/** The part of moddle-context-serializer's context a migration reads. */
interface SourceContext {
  id: string;
  getActivityById(id: string): unknown;
}

/**
 * Moves a running instance onto another version of its definition, as one step: its stored engine
 * state is rewritten for the target (renamed activities, the target's definitions id), recovered
 * on the target to prove it resumes, and stored with the version; the rows that name a waiting
 * activity (tasks, timers, subscriptions, jobs, incidents) follow the mapping.
 */
@Injectable()
export class MigrateInstance {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepper: InstanceStepper,
    private readonly definitions: DefinitionRegistry,
    private readonly engines: EngineCache,
    private readonly clock: Clock,
  ) {}

  async migrate(
    instanceId: string,
    input: MigrationInput,
    actor: string,
    /** The person's name from their token, for the audit rows people read. */
    actorName: string | null = null,
  ): Promise<void> {
    const found = await this.dataSource
      .getRepository(ProcessInstanceEntity)
      .findOneBy({ id: instanceId });
    if (!found) throw new InstanceNotFoundError(instanceId);
    if (input.definitionKey && input.definitionKey !== found.definitionKey)
      throw new MigrationKeyMismatchError(
        found.definitionKey,
        input.definitionKey,
      );
    const target = await this.definitions.version(
      found.definitionKey,
      input.targetVersion,
    );
    const targetCompiled = await this.definitions.compile(target.id);
    await this.stepper.step(
      instanceId,
      actor,
      async ({ em, instance, note }) => {
        if (instance.definitionId === target.id)
          throw new AlreadyOnVersionError(target.version);
        const targetContext = contextOf(targetCompiled);
        const plan = planMigration(
          instance.currentActivities,
          input.mapping,
          (id) => Boolean(targetContext.getActivityById(id)),
        );
        if (plan.unmatched.length)
          throw new MigrationRefusedError(target.version, plan.unmatched);
        const sourceContext = contextOf(
          await this.definitions.compile(instance.definitionId),
        );
        const ids = new Map(plan.renames);
        ids.set(sourceContext.id, targetContext.id);
        const run = new EngineRun(targetCompiled, this.clock);
        await run.recover(rewriteStateIds(instance.engineState ?? {}, ids));
        const snapshot = await run.snapshot();
        await this.renameInRows(em, instanceId, plan.renames);
        // Under the row lock: no step holds this engine now, and the kept one runs the old version.
        this.engines.evict(instanceId);
        const fromVersion = instance.definitionVersion;
        const mapping = Object.fromEntries(plan.renames);
        Object.assign(instance, {
          definitionId: target.id,
          definitionVersion: target.version,
          engineState: snapshot.state,
          currentActivities: snapshot.currentActivities,
        });
        note({
          type: 'instance.migrated',
          data: { fromVersion, toVersion: target.version, mapping },
        });
        const details: JsonObject = {
          instanceId,
          fromVersion,
          toVersion: target.version,
          mapping,
          actorName,
        };
        await em.insert(DefinitionAuditEntity, {
          action: 'migrated',
          definitionKey: instance.definitionKey,
          version: target.version,
          actor,
          at: this.clock.now(),
          details,
        });
      },
      { engine: false },
    );
  }

  private async renameInRows(
    em: EntityManager,
    instanceId: string,
    renames: ReadonlyMap<string, string>,
  ): Promise<void> {
    for (const [from, to] of renames) {
      const at = { instanceId, elementId: from };
      await em.update(
        UserTaskEntity,
        { ...at, status: 'open' },
        { elementId: to },
      );
      await em.update(
        TimerEntity,
        { ...at, status: 'scheduled' },
        { elementId: to },
      );
      await em.update(MessageSubscriptionEntity, at, { elementId: to });
      await em.update(
        ExternalJobEntity,
        { ...at, status: In(['pending', 'failed']) },
        { elementId: to },
      );
      await em.update(
        IncidentEntity,
        { ...at, resolvedAt: IsNull() },
        { elementId: to },
      );
    }
  }
}

function contextOf(compiled: CompiledDefinition): SourceContext {
  return compiled.sourceContext as SourceContext;
}
