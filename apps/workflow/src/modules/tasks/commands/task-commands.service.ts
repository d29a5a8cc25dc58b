import { COMPLETED_BY, formOutcomes, type FormKey } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../../auth/principal';
import { EngineFailedError } from '../../../engine/engine.errors';
import { Clock } from '@bvr/service-kit';
import { InstanceStepper } from '../../instances/step/instance-stepper.service';
import type { StepContext } from '../../instances/step/step-context';
import { assertMayWorkOn } from '../domain/task-access';
import {
  TaskClaimedError,
  TaskOutcomeInvalidError,
  TaskNotFoundError,
  TaskNotOpenError,
} from '../domain/task.errors';
import { UserTaskEntity } from '../persistence/user-task.orm-entity';
import { closeAudience } from '../persistence/task-audience';
import type { JsonObject } from '../../../shared/json-column';

export interface Completion {
  taskId: string;
  processInstanceId: string;
  completedAt: Date;
  /** True when this was a repeat of an earlier call with the same idempotency key. */
  replayed: boolean;
}

/**
 * Everything done to a task runs as a step of its instance, so the task row is re-read under the
 * instance lock: of twenty simultaneous completions one moves the instance, nineteen get 409.
 */
@Injectable()
export class TaskCommands {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepper: InstanceStepper,
    private readonly clock: Clock,
  ) {}

  async complete(
    taskId: string,
    input: { variables: Record<string, unknown>; idempotencyKey: string },
    principal: Principal,
  ): Promise<Completion> {
    const task = await this.find(this.dataSource.manager, taskId);
    assertMayWorkOn(task, principal);
    const replay = this.replayOf(task, input.idempotencyKey, principal);
    if (replay) return replay;
    assertOutcomeFits(task, input.variables);
    return this.stepper.step(
      task.instanceId,
      principal.id,
      async ({ em, run, note }) => {
        const current = await this.find(em, taskId);
        const repeated = this.replayOf(
          current,
          input.idempotencyKey,
          principal,
        );
        if (repeated) return repeated;
        this.assertOpenFor(current, principal);
        if (
          !(await run.completeUserTask(current.executionId, {
            ...input.variables,
            [COMPLETED_BY]: principal.id,
          }))
        ) {
          throw new EngineFailedError(
            `The process is not waiting at "${current.name}"; the task cannot be completed`,
          );
        }
        const completedAt = this.clock.now();
        await em.update(UserTaskEntity, current.id, {
          status: 'completed',
          completedAt,
          completedBy: principal.id,
          completionKey: input.idempotencyKey,
          outcome: input.variables as JsonObject,
          draft: null,
        });
        await closeAudience(em, [current.id]);
        note({
          type: 'task.completed',
          elementId: current.elementId,
          elementName: current.name,
          executionId: current.executionId,
          data: { taskId, variables: Object.keys(input.variables) },
        });
        return {
          taskId,
          processInstanceId: current.instanceId,
          completedAt,
          replayed: false,
        };
      },
    );
  }

  /** "Lagre": keeps the form's data on the task without moving the process. */
  async saveDraft(
    taskId: string,
    data: Record<string, unknown>,
    principal: Principal,
  ) {
    const task = await this.find(this.dataSource.manager, taskId);
    assertMayWorkOn(task, principal);
    return this.onOpenTask(task, principal, async (em, current) => {
      const savedAt = this.clock.now();
      await em.update(UserTaskEntity, current.id, {
        draft: data as JsonObject,
        draftSavedAt: savedAt,
        draftSavedBy: principal.id,
      });
      return { taskId, draftSavedAt: savedAt };
    });
  }

  async claim(taskId: string, principal: Principal) {
    return this.setAssignee(taskId, principal.id, principal, 'task.claimed');
  }

  async unclaim(taskId: string, principal: Principal) {
    return this.setAssignee(taskId, null, principal, 'task.unclaimed');
  }

  async assign(taskId: string, assignee: string | null, principal: Principal) {
    return this.setAssignee(taskId, assignee, principal, 'task.assigned');
  }

  private async setAssignee(
    taskId: string,
    assignee: string | null,
    principal: Principal,
    type: 'task.claimed' | 'task.unclaimed' | 'task.assigned',
  ) {
    const task = await this.find(this.dataSource.manager, taskId);
    assertMayWorkOn(task, principal);
    return this.onOpenTask(task, principal, async (em, current, note) => {
      if (
        type === 'task.claimed' &&
        current.assignee &&
        current.assignee !== principal.id
      )
        throw new TaskClaimedError(current.assignee);
      await em.update(UserTaskEntity, current.id, { assignee });
      note({
        type,
        elementId: current.elementId,
        elementName: current.name,
        executionId: current.executionId,
        data: { taskId, assignee },
      });
      return { taskId, assignee };
    });
  }

  private onOpenTask<T>(
    task: UserTaskEntity,
    principal: Principal,
    change: (
      em: EntityManager,
      current: UserTaskEntity,
      note: StepContext['note'],
    ) => Promise<T>,
  ): Promise<T> {
    return this.stepper.step(
      task.instanceId,
      principal.id,
      async ({ em, note }) => {
        const current = await this.find(em, task.id);
        if (current.status !== 'open')
          throw new TaskNotOpenError(current.status, current.completedBy);
        return change(em, current, note);
      },
      { engine: false },
    );
  }

  private assertOpenFor(task: UserTaskEntity, principal: Principal) {
    if (task.status !== 'open')
      throw new TaskNotOpenError(task.status, task.completedBy);
    if (task.assignee && task.assignee !== principal.id)
      throw new TaskClaimedError(task.assignee);
  }

  private replayOf(
    task: UserTaskEntity,
    key: string,
    principal: Principal,
  ): Completion | null {
    if (
      task.status !== 'completed' ||
      task.completionKey !== key ||
      task.completedBy !== principal.id
    )
      return null;
    return {
      taskId: task.id,
      processInstanceId: task.instanceId,
      completedAt: task.completedAt as Date,
      replayed: true,
    };
  }

  private async find(
    em: EntityManager,
    taskId: string,
  ): Promise<UserTaskEntity> {
    const task = await em.findOneBy(UserTaskEntity, { id: taskId });
    if (!task) throw new TaskNotFoundError(taskId);
    return task;
  }
}

function assertOutcomeFits(
  task: { name: string; formKey: string | null },
  variables: Record<string, unknown>,
): void {
  const schema = task.formKey ? formOutcomes[task.formKey as FormKey] : null;
  const parsed = schema?.safeParse(variables);
  if (parsed && !parsed.success)
    throw new TaskOutcomeInvalidError(
      task.name,
      parsed.error.issues.map((issue) => issue.message),
    );
}
