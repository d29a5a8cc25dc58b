import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EngineCache } from '../../../engine/engine-cache';
import { EngineRun } from '../../../engine/engine-run';
import { Clock } from '@bvr/service-kit';
import { DefinitionRegistry } from '../../definitions/registry/definition-registry.service';
import type { ProcessDefinitionEntity } from '../../definitions/persistence/process-definition.orm-entity';
import {
  InstanceNotFoundError,
  InstanceNotRunningError,
} from '../domain/instance.errors';
import { ProcessInstanceEntity } from '../persistence/process-instance.orm-entity';
import { AfterCommit } from './after-commit.service';
import type {
  CommandHistoryEntry,
  StepContext,
  WithinStep,
} from './step-context';
import { StepEffectsWriter } from './step-effects.writer';

export interface StartInput {
  definition: ProcessDefinitionEntity;
  businessKey: string | null;
  variables: Record<string, unknown>;
  actor: string;
}

/**
 * One step = one transaction: lock the instance row, recover a fresh engine from the stored state,
 * apply one command, run to the next wait, write state + tasks + timers + history + outbox, commit.
 * Two commands on one instance queue on the row lock; the second sees what the first committed.
 */
@Injectable()
export class InstanceStepper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly definitions: DefinitionRegistry,
    private readonly writer: StepEffectsWriter,
    private readonly afterCommit: AfterCommit,
    private readonly clock: Clock,
    private readonly engines: EngineCache,
  ) {}

  /** Starts an instance in one transaction; `within` adds the caller's own rows to it. */
  async start(
    input: StartInput,
    within?: WithinStep,
  ): Promise<ProcessInstanceEntity> {
    const compiled = await this.definitions.compile(input.definition.id);
    const run = new EngineRun(compiled, this.clock);
    await run.start(input.variables);
    const snapshot = await run.snapshot();
    const instance = await this.dataSource.transaction(async (em) => {
      const row = em.create(ProcessInstanceEntity, {
        id: randomUUID(),
        definitionId: input.definition.id,
        definitionKey: input.definition.key,
        definitionVersion: input.definition.version,
        businessKey: input.businessKey,
        status: 'running',
        variables: {},
        currentActivities: [],
        openIncidents: 0,
        stepCount: 0,
        startedAt: this.clock.now(),
        startedBy: input.actor,
        endedAt: null,
        cancelReason: null,
        engineState: null,
      });
      await em.insert(ProcessInstanceEntity, row);
      await within?.(em, row);
      const notes: CommandHistoryEntry[] = [
        {
          type: 'instance.started',
          data: { version: input.definition.version },
        },
      ];
      if (snapshot.completed) notes.push({ type: 'instance.completed' });
      await this.writer.write(
        em,
        row,
        run.effects,
        snapshot,
        notes,
        input.actor,
      );
      return row;
    });
    this.afterCommit.stepCommitted(instance.id, run.effects);
    this.engines.put(instance.id, run, instance.stepCount);
    return instance;
  }

  /**
   * Runs `command` as one step of the instance. The command may throw a domain error to refuse;
   * then nothing is written. Returns what the command returns.
   */
  async step<T>(
    instanceId: string,
    actor: string,
    command: (context: StepContext) => Promise<T>,
    options: { engine?: boolean } = {},
  ): Promise<T> {
    let run = null as EngineRun | null;
    let stepped = null as { from: number; to: number; running: boolean } | null;
    const result = await this.dataSource.transaction(async (em) => {
      const instance = await this.lock(em, instanceId);
      const from = instance.stepCount;
      const notes: CommandHistoryEntry[] = [];
      run = options.engine === false ? null : await this.engineFor(instance);
      const value = await command({
        em,
        instance,
        run: run as EngineRun,
        actor,
        note: (entry) => notes.push(entry),
      });
      if (run) {
        const snapshot = await run.snapshot();
        if (snapshot.completed) notes.push({ type: 'instance.completed' });
        await this.writer.write(
          em,
          instance,
          run.effects,
          snapshot,
          notes,
          actor,
        );
      } else {
        await this.writer.writeNotes(em, instance, notes, actor);
      }
      stepped = {
        from,
        to: instance.stepCount,
        running: instance.status === 'running',
      };
      return value;
    });
    this.afterStep(instanceId, run, stepped);
    return result;
  }

  private afterStep(
    instanceId: string,
    run: EngineRun | null,
    stepped: { from: number; to: number; running: boolean } | null,
  ): void {
    if (run && stepped) this.afterCommit.stepCommitted(instanceId, run.effects);
    if (!stepped || !stepped.running) return this.engines.evict(instanceId);
    if (!run) return this.engines.advance(instanceId, stepped.from, stepped.to);
    this.engines.put(instanceId, run, stepped.to);
  }

  /** The kept engine when it is exactly at the stored step, otherwise a fresh one recovered from the row. */
  private async engineFor(instance: ProcessInstanceEntity): Promise<EngineRun> {
    const kept = this.engines.take(instance.id, instance.stepCount);
    if (kept) {
      kept.beginStep();
      return kept;
    }
    return this.recover(instance);
  }

  private async lock(
    em: EntityManager,
    instanceId: string,
  ): Promise<ProcessInstanceEntity> {
    const instance = await em.findOne(ProcessInstanceEntity, {
      where: { id: instanceId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!instance) throw new InstanceNotFoundError(instanceId);
    if (instance.status !== 'running')
      throw new InstanceNotRunningError(instanceId, instance.status);
    return instance;
  }

  private async recover(instance: ProcessInstanceEntity): Promise<EngineRun> {
    const run = new EngineRun(
      await this.definitions.compile(instance.definitionId),
      this.clock,
    );
    await run.recover(instance.engineState ?? {});
    return run;
  }
}
