import { Engine } from 'bpmn-engine';
import { EventEmitter } from 'node:events';
import type { ActivityElement, ElementApi } from './bpmn-engine.types';
import { labelOf } from './bpmn-engine.types';
import type { CompiledDefinition } from './compiled-definition';
import { DurableTimers } from './durable-timers';
import { EngineFailedError } from './engine.errors';
import { StepEffects, emptyEffects } from './step-effects';
import type { Clock } from '@bvr/service-kit';
import { useClockForTimer, userTaskOf } from './wait-effects';

type ServiceCallback = (error: Error | null, output?: unknown) => void;

/** Keys bpmn-elements writes into a process environment's variables; they are not instance data. */
const ENGINE_VARIABLE_KEYS = new Set(['fields', 'content', 'properties']);

export interface EngineSnapshot {
  state: EngineState;
  completed: boolean;
  variables: Record<string, unknown>;
  currentActivities: Array<{ id: string; name: string; type: string }>;
}
export type EngineState = Record<string, unknown>;

/**
 * The engine of one instance: created and started, or created and recovered from stored state
 * (never recovered twice: bpmn-engine must not be reused across recovers). Each step gives it one
 * command and runs it until every branch waits again; what the step did is read off the engine's
 * events into `effects`. Between steps it may be kept in memory as a cache of the stored state.
 */
export class EngineRun {
  private current: StepEffects = emptyEffects();
  private readonly timers = new DurableTimers();
  private readonly serviceCallbacks = new Map<string, ServiceCallback>();
  private readonly listener = new EventEmitter();
  private readonly engine: Engine;
  private readonly discarded = new Set<string>();
  private completed = false;
  private failure: Error | null = null;

  constructor(
    definition: CompiledDefinition,
    private readonly clock: Clock,
  ) {
    this.engine = new Engine({
      name: definition.key,
      sourceContext: definition.sourceContext,
      timers: this.timers.engineTimers,
      extensions: {
        durable: (activity: ActivityElement) => this.extend(activity),
      },
    } as never);
    this.engine.once('end', () => (this.completed = true));
    this.engine.on('error', (error: Error) => (this.failure = error));
    this.listen();
  }

  /** What the engine did since the last {@link beginStep}. */
  get effects(): StepEffects {
    return this.current;
  }

  /** A kept engine serves several steps of its instance; each step collects its own effects. */
  beginStep(): void {
    this.current = emptyEffects();
    this.discarded.clear();
    this.failure = null;
  }

  get isCompleted(): boolean {
    return this.completed;
  }

  async start(variables: Record<string, unknown>): Promise<void> {
    await this.engine.execute({ listener: this.listener, variables } as never);
    await this.settle();
  }

  /** Recovers the stored state and resumes it; waits re-emitted by the resume are not new effects. */
  async recover(state: EngineState): Promise<void> {
    this.engine.recover(structuredClone(state) as never);
    await this.engine.resume({ listener: this.listener } as never);
    await this.settle();
  }

  /** Completes a waiting user task; its variables become instance variables before the flow moves on. */
  completeUserTask(
    executionId: string,
    variables: Record<string, unknown>,
  ): Promise<boolean> {
    this.effects.handled.push(executionId);
    return this.signalWaiting(executionId, variables, { variables });
  }

  /** Delivers a message; an interrupting boundary event it fires completes the activity it sits on. */
  correlateMessage(
    executionId: string,
    messageId: string,
    variables: Record<string, unknown>,
  ): Promise<boolean> {
    const waiting = this.postponed().find(
      (api) => api.executionId === executionId,
    );
    const attached = waiting && interruptedActivityOf(waiting);
    if (attached) this.effects.completedByMessage.push(attached);
    return this.signalWaiting(executionId, variables, {
      id: messageId,
      variables,
    });
  }

  private async signalWaiting(
    executionId: string,
    variables: Record<string, unknown>,
    signal: Record<string, unknown>,
  ): Promise<boolean> {
    const waiting = this.postponed().find(
      (api) => api.executionId === executionId,
    );
    if (!waiting) return false;
    waiting.owner.environment.assignVariables(variables);
    waiting.signal(signal);
    await this.settle();
    return true;
  }

  async fireTimer(executionId: string): Promise<boolean> {
    const fired = this.timers.fire(executionId);
    await this.settle();
    return fired || this.effects.firedTimers.includes(executionId);
  }

  async completeExternalTask(
    executionId: string,
    variables: Record<string, unknown>,
  ): Promise<boolean> {
    const callback = this.serviceCallbacks.get(executionId);
    const waiting = this.postponed().find(
      (api) => api.executionId === executionId,
    );
    if (!callback || !waiting) return false;
    waiting.owner.environment.assignVariables(variables);
    this.effects.handled.push(executionId);
    callback(null, { variables });
    await this.settle();
    return true;
  }

  async snapshot(): Promise<EngineSnapshot> {
    if (this.failure) throw new EngineFailedError(this.failure.message);
    const state = (await this.engine.getState()) as unknown as EngineState & {
      definitions: Array<Record<string, unknown>>;
    };
    // The serialized BPMN is stored once per version, not once per instance.
    for (const definition of state.definitions) delete definition['source'];
    return {
      state,
      completed: this.completed,
      variables: this.variables(),
      currentActivities: this.completed
        ? []
        : this.postponed()
            // A discarded flow into a busy activity waits there; it is not a place the instance is at.
            .filter((api) => api.type !== 'bpmn:SequenceFlow')
            .map((api) => ({
              id: api.id,
              name: labelOf(api.owner),
              type: api.type,
            })),
    };
  }

  private variables(): Record<string, unknown> {
    const definition = this.engine.execution?.definitions[0] as unknown as
      | {
          getProcesses(): Array<{
            environment: { variables: Record<string, unknown> };
          }>;
        }
      | undefined;
    const source = definition?.getProcesses()[0]?.environment.variables ?? {};
    return Object.fromEntries(
      Object.entries(source).filter(([key]) => !ENGINE_VARIABLE_KEYS.has(key)),
    );
  }

  private postponed(): ElementApi[] {
    return (this.engine.execution?.getPostponed() ??
      []) as unknown as ElementApi[];
  }

  /** Every branch runs synchronously to its next wait; one macrotask lets deferred publishes land. */
  private async settle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.failure) throw new EngineFailedError(this.failure.message);
  }

  private extend(activity: ActivityElement) {
    if (
      activity.type === 'bpmn:ServiceTask' &&
      activity.behaviour.type === 'external'
    ) {
      activity.behaviour.Service = this.externalService(activity);
    }
    for (const definition of activity.eventDefinitions ?? []) {
      if (definition.type === 'bpmn:TimerEventDefinition')
        useClockForTimer(definition as never, this.clock);
    }
    return undefined;
  }

  /** An external task does nothing in-process: the step records a job, and its result completes it. */
  private externalService(activity: ActivityElement) {
    const callbacks = this.serviceCallbacks;
    const recordJob = (job: StepEffects['externalJobs'][number]) =>
      this.effects.externalJobs.push(job);
    return function ExternalTaskService() {
      return {
        execute(
          message: { content: ElementApi['content'] },
          callback: ServiceCallback,
        ) {
          const { executionId, isRecovered } = message.content;
          callbacks.set(executionId, callback);
          if (isRecovered) return;
          recordJob({
            executionId,
            elementId: activity.id,
            name: labelOf(activity),
            topic: String(activity.behaviour.topic),
          });
        },
      };
    };
  }

  private listen(): void {
    // A throw inside the engine's broker would be swallowed or half-applied; fail the step instead.
    const on = (event: string, handler: (api: ElementApi) => void) =>
      this.listener.on(event, (api: ElementApi) => {
        try {
          handler(api);
        } catch (error) {
          this.failure ??= error as Error;
        }
      });
    on('activity.enter', (api) => this.record('activity.entered', api));
    on('activity.discard', (api) => this.discarded.add(api.executionId));
    on('activity.leave', (api) => {
      // The element's type: a message or timer event leaves with its event definition's type.
      this.effects.left.push({
        executionId: api.executionId,
        type: api.owner.type,
      });
      if (!this.discarded.has(api.executionId))
        this.record('activity.left', api);
    });
    on('activity.wait', (api) => {
      if (api.content.isRecovered) return;
      if (api.type === 'bpmn:UserTask')
        this.effects.userTasks.push(userTaskOf(api, this.clock));
      const message = api.content.message;
      if (message?.name) {
        this.effects.subscriptions.push({
          executionId: api.executionId,
          elementId: api.id,
          messageName: message.name,
        });
      }
    });
    on('activity.timer', (api) => {
      if (api.content.isRecovered) return;
      this.effects.timers.push({
        executionId: api.content.executionId,
        activityExecutionId: api.content.parent?.executionId ?? api.executionId,
        elementId: api.id,
        fireAt: new Date(api.content.expireAt as string),
      });
    });
    on('activity.timeout', (api) =>
      this.effects.firedTimers.push(api.content.executionId),
    );
  }

  private record(
    type: 'activity.entered' | 'activity.left',
    api: ElementApi,
  ): void {
    this.effects.history.push({
      type,
      elementId: api.id,
      elementName: labelOf(api.owner),
      elementType: api.type,
      executionId: api.executionId,
      at: this.clock.now(),
    });
  }
}

/** The execution of the activity an interrupting boundary event would close when it fires. */
function interruptedActivityOf(api: ElementApi): string | undefined {
  if (
    api.owner.type !== 'bpmn:BoundaryEvent' ||
    api.owner.behaviour.cancelActivity === false
  )
    return undefined;
  return api.content.inbound?.[0]?.executionId;
}
