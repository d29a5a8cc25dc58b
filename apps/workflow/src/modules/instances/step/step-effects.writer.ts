import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { EngineSnapshot } from '../../../engine/engine-run';
import { randomUUID } from 'node:crypto';
import type {
  EngineHistoryEntry,
  LeftActivity,
  StepEffects,
} from '../../../engine/step-effects';
import {
  cancelOpenTasks,
  completeOpenTasks,
  insertAudience,
} from '../../tasks/persistence/task-audience';
import { Clock } from '@bvr/service-kit';
import { ExternalJobEntity } from '../../jobs/persistence/external-job.orm-entity';
import { OutboxMessageEntity } from '../../jobs/persistence/outbox-message.orm-entity';
import { outboxMessageFor } from '../../jobs/relay/outbox-message';
import { MessageSubscriptionEntity } from '../../messages/persistence/message-subscription.orm-entity';
import { UserTaskEntity } from '../../tasks/persistence/user-task.orm-entity';
import { TimerEntity } from '../../timers/persistence/timer.orm-entity';
import { HistoryEventEntity } from '../persistence/history-event.orm-entity';
import { ProcessInstanceEntity } from '../persistence/process-instance.orm-entity';
import type { CommandHistoryEntry } from './step-context';
import { inboxColumns } from './inbox-columns';

/** Writes what one step did, inside the step's transaction: rows first, then the closes. */
@Injectable()
export class StepEffectsWriter {
  constructor(private readonly clock: Clock) {}

  async write(
    em: EntityManager,
    instance: ProcessInstanceEntity,
    effects: StepEffects,
    snapshot: EngineSnapshot,
    notes: CommandHistoryEntry[],
    actor: string,
  ): Promise<void> {
    const now = this.clock.now();
    await this.insertTasks(em, instance, effects, snapshot, now);
    await this.insertJobs(em, instance, effects, snapshot, now);
    await this.insertTimers(em, instance, effects, now);
    await this.insertSubscriptions(em, instance, effects, now);
    await this.closeLeft(
      em,
      instance.id,
      effects.left.filter(
        (activity) => !effects.handled.includes(activity.executionId),
      ),
      { executions: effects.completedByMessage, by: actor, at: now },
    );
    await this.insertHistory(
      em,
      instance.id,
      effects.history,
      notes,
      actor,
      now,
    );

    instance.engineState = snapshot.completed ? null : snapshot.state;
    instance.variables = snapshot.variables;
    instance.currentActivities = snapshot.currentActivities;
    instance.stepCount += 1;
    if (snapshot.completed) {
      instance.status = 'completed';
      instance.endedAt = now;
    }
    await this.saveInstance(em, instance);
  }

  /** For a step that did not need the engine (claim, cancel): only its own history. */
  async writeNotes(
    em: EntityManager,
    instance: ProcessInstanceEntity,
    notes: CommandHistoryEntry[],
    actor: string,
  ) {
    await this.insertHistory(
      em,
      instance.id,
      [],
      notes,
      actor,
      this.clock.now(),
    );
    instance.stepCount += 1;
    await this.saveInstance(em, instance);
  }

  /** An explicit UPDATE: `save` would first SELECT the row it already holds locked. */
  private async saveInstance(
    em: EntityManager,
    instance: ProcessInstanceEntity,
  ) {
    const { id, ...columns } = instance;
    await em.update(ProcessInstanceEntity, id, columns);
  }

  private async insertTasks(
    em: EntityManager,
    instance: ProcessInstanceEntity,
    effects: StepEffects,
    snapshot: EngineSnapshot,
    now: Date,
  ) {
    if (!effects.userTasks.length) return;
    const columns = inboxColumns(snapshot.variables, instance.businessKey);
    const tasks = effects.userTasks.map((task) => ({
      id: randomUUID(),
      instanceId: instance.id,
      executionId: task.executionId,
      definitionKey: instance.definitionKey,
      elementId: task.elementId,
      name: task.name,
      formKey: task.formKey,
      candidateGroups: task.candidateGroups,
      status: 'open' as const,
      dueAt: task.dueAt,
      createdAt: now,
      ...columns,
    }));
    await em.insert(UserTaskEntity, tasks);
    await insertAudience(em, tasks);
  }

  private async insertJobs(
    em: EntityManager,
    instance: ProcessInstanceEntity,
    effects: StepEffects,
    snapshot: EngineSnapshot,
    now: Date,
  ) {
    if (!effects.externalJobs.length) return;
    const jobs = effects.externalJobs.map((job) => ({
      id: `${instance.id}.${job.executionId}`,
      instanceId: instance.id,
      executionId: job.executionId,
      elementId: job.elementId,
      topic: job.topic,
      status: 'pending' as const,
      attempt: 1,
      createdAt: now,
    }));
    await em.insert(ExternalJobEntity, jobs);
    await em.insert(
      OutboxMessageEntity,
      jobs.map((job) =>
        outboxMessageFor(instance, job, now, snapshot.variables),
      ),
    );
  }

  private async insertTimers(
    em: EntityManager,
    instance: ProcessInstanceEntity,
    effects: StepEffects,
    now: Date,
  ) {
    if (effects.timers.length) {
      await em.insert(
        TimerEntity,
        effects.timers.map((timer) => ({
          instanceId: instance.id,
          ...timer,
          status: 'scheduled' as const,
          createdAt: now,
        })),
      );
    }
    if (effects.firedTimers.length) {
      await em.update(
        TimerEntity,
        {
          instanceId: instance.id,
          executionId: In(effects.firedTimers),
          status: 'scheduled',
        },
        { status: 'fired', firedAt: now },
      );
    }
  }

  private async insertSubscriptions(
    em: EntityManager,
    instance: ProcessInstanceEntity,
    effects: StepEffects,
    now: Date,
  ) {
    if (!effects.subscriptions.length) return;
    await em.insert(
      MessageSubscriptionEntity,
      effects.subscriptions.map((subscription) => ({
        instanceId: instance.id,
        ...subscription,
        businessKey: instance.businessKey,
        createdAt: now,
      })),
    );
  }

  /**
   * Whatever was still waiting in an activity the engine left (a boundary event, a cancel) is closed.
   * A task an interrupting message closed is completed by whoever sent the message; others are cancelled.
   */
  private async closeLeft(
    em: EntityManager,
    instanceId: string,
    left: LeftActivity[],
    byMessage: { executions: string[]; by: string; at: Date },
  ) {
    const of = (types: ReadonlySet<string>) =>
      left
        .filter((activity) => types.has(activity.type))
        .map((activity) => activity.executionId);
    const tasks = of(USER_TASKS);
    const events = of(CATCHING);
    const jobs = of(SERVICE_TASKS);
    const answered = tasks.filter((id) => byMessage.executions.includes(id));
    const cancelled = tasks.filter((id) => !answered.includes(id));
    const where = 'instance_id = $1 AND execution_id = ANY($2)';
    if (answered.length)
      await completeOpenTasks(
        em,
        where,
        [instanceId, answered],
        byMessage.by,
        byMessage.at,
      );
    if (cancelled.length)
      await cancelOpenTasks(em, where, [instanceId, cancelled]);
    if (events.length) {
      await em.update(
        TimerEntity,
        { instanceId, activityExecutionId: In(events), status: 'scheduled' },
        { status: 'cancelled' },
      );
      await em.delete(MessageSubscriptionEntity, {
        instanceId,
        executionId: In(events),
      });
    }
    if (jobs.length) {
      await em.update(
        ExternalJobEntity,
        { instanceId, executionId: In(jobs), status: 'pending' },
        { status: 'cancelled' },
      );
    }
  }

  private async insertHistory(
    em: EntityManager,
    instanceId: string,
    engineHistory: EngineHistoryEntry[],
    notes: CommandHistoryEntry[],
    actor: string,
    now: Date,
  ) {
    const rows = [
      ...notes.map((note) => ({
        instanceId,
        type: note.type,
        elementId: note.elementId ?? null,
        elementName: note.elementName ?? null,
        executionId: note.executionId ?? null,
        data: note.data ?? null,
        actor,
        at: now,
      })),
      ...engineHistory.map((entry) => ({ instanceId, ...entry, actor: null })),
    ];
    if (rows.length) await em.insert(HistoryEventEntity, rows);
  }
}

const USER_TASKS = new Set(['bpmn:UserTask']);
const SERVICE_TASKS = new Set(['bpmn:ServiceTask']);
const CATCHING = new Set([
  'bpmn:BoundaryEvent',
  'bpmn:IntermediateCatchEvent',
  'bpmn:ReceiveTask',
  'bpmn:StartEvent',
]);
