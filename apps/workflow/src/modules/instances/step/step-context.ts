import type { EntityManager } from 'typeorm';
import type { JsonObject } from '../../../shared/json-column';
import type { EngineRun } from '../../../engine/engine-run';
import type { ProcessInstanceEntity } from '../persistence/process-instance.orm-entity';
import type { HistoryEventType } from '../persistence/history-event.orm-entity';

/** What a command sees inside its step: the locked instance, its recovered engine, the transaction. */
export interface StepContext {
  em: EntityManager;
  instance: ProcessInstanceEntity;
  run: EngineRun;
  actor: string;
  /** Adds a history row besides the engine's own (who completed what, which message arrived). */
  note(entry: CommandHistoryEntry): void;
}

export interface CommandHistoryEntry {
  type: HistoryEventType;
  elementId?: string;
  elementName?: string;
  executionId?: string;
  data?: JsonObject;
}

/**
 * Extra writes a caller adds to a step's transaction (the command that caused it, recorded so a
 * redelivery is recognised). A throw rolls the whole step back.
 */
export type WithinStep = (
  em: EntityManager,
  instance: ProcessInstanceEntity,
) => Promise<void>;
