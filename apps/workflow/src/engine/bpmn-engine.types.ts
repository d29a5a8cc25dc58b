/**
 * The slice of bpmn-engine / bpmn-elements this service touches, typed narrowly. The packages ship
 * broad declarations; these keep the engine adapter readable and the `any` in one place.
 */
export interface ElementApi {
  id: string;
  type: string;
  name?: string;
  executionId: string;
  content: {
    executionId: string;
    isRecovered?: boolean;
    expireAt?: Date | string;
    output?: unknown;
    message?: { id: string; name?: string };
    parent?: { executionId?: string };
    /** On a boundary event: the activity it is attached to, first. */
    inbound?: Array<{ executionId?: string }>;
  };
  owner: ActivityElement;
  resolveExpression(expression: string): unknown;
  signal(message?: unknown): void;
}

export interface ActivityElement {
  id: string;
  type: string;
  name?: string;
  behaviour: Record<string, unknown> & {
    formKey?: string;
    candidateGroups?: string;
    candidateUsers?: string;
    dueDate?: string;
    type?: string;
    topic?: string;
    Service?: unknown;
  };
  environment: EngineEnvironment;
  eventDefinitions?: Array<{ type: string; parse?: unknown }>;
}

export interface EngineEnvironment {
  variables: Record<string, unknown>;
  assignVariables(variables: Record<string, unknown>): void;
  timers: { executing: TimerRef[] };
}

export interface TimerRef {
  owner: { id?: string; executionId?: string } | null;
  expireAt: Date;
  timerRef: unknown;
}

/** A user-visible label for an element: its name, or its id when it has none. */
export const labelOf = (element: { id: string; name?: string }): string =>
  element.name?.trim() || element.id;
