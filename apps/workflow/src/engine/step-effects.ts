/** What one step did inside the engine, collected from its events and written in the step's transaction. */
export interface StepEffects {
  userTasks: NewUserTask[];
  externalJobs: NewExternalJob[];
  timers: NewTimer[];
  firedTimers: string[];
  subscriptions: NewSubscription[];
  /** Activities left in this step (completed or cancelled), by execution id and element type. */
  left: LeftActivity[];
  /** Executions whose rows the command itself closed (the task it completed, the job it answered). */
  handled: string[];
  /** Activities an interrupting message boundary event closed: their tasks are done, not cancelled. */
  completedByMessage: string[];
  history: EngineHistoryEntry[];
}

export interface LeftActivity {
  executionId: string;
  type: string;
}

export interface NewUserTask {
  executionId: string;
  elementId: string;
  name: string;
  formKey: string | null;
  candidateGroups: string[];
  dueAt: Date | null;
}

export interface NewExternalJob {
  executionId: string;
  elementId: string;
  name: string;
  topic: string;
}

export interface NewTimer {
  /** The timer event definition's execution id: what the engine fires. */
  executionId: string;
  /** The execution id of the activity that holds the timer: what is left when it is cancelled. */
  activityExecutionId: string;
  elementId: string;
  fireAt: Date;
}

export interface NewSubscription {
  executionId: string;
  elementId: string;
  messageName: string;
}

export interface EngineHistoryEntry {
  type: 'activity.entered' | 'activity.left';
  elementId: string;
  elementName: string;
  elementType: string;
  executionId: string;
  at: Date;
}

export const emptyEffects = (): StepEffects => ({
  userTasks: [],
  externalJobs: [],
  timers: [],
  firedTimers: [],
  subscriptions: [],
  left: [],
  handled: [],
  completedByMessage: [],
  history: [],
});
