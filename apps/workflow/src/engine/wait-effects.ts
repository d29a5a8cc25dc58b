import { labelOf, type ElementApi } from './bpmn-engine.types';
import { EngineFailedError } from './engine.errors';
import type { NewUserTask } from './step-effects';
import type { Clock } from '@bvr/service-kit';
import { parseTimer, resolveDueDate } from './time/time-expression';

/**
 * A waiting user task as the inbox stores it. Candidate groups and due date are expressions over
 * the instance's variables, resolved now, so one model serves every office.
 */
export function userTaskOf(api: ElementApi, clock: Clock): NewUserTask {
  const { behaviour } = api.owner;
  const groups = String(
    api.resolveExpression(behaviour.candidateGroups ?? '') ?? '',
  );
  const named = groups
    .split(',')
    .map((group) => group.trim())
    .filter(Boolean);
  if (!named.length || named.some((group) => group.endsWith(':'))) {
    throw new EngineFailedError(
      `The candidate groups of "${labelOf(api.owner)}" (${behaviour.candidateGroups ?? 'none'}) resolved to "${groups}": a variable they need is missing`,
    );
  }
  const candidateGroups = withKommuneOfBydel(named);
  const due = behaviour.dueDate
    ? api.resolveExpression(behaviour.dueDate)
    : null;
  return {
    executionId: api.executionId,
    elementId: api.id,
    name: labelOf(api.owner),
    formKey: behaviour.formKey ?? null,
    candidateGroups,
    dueAt: due
      ? resolveDueDate(
          due instanceof Date ? due.toISOString() : String(due),
          clock.now(),
        )
      : null,
  };
}

/** A unit group of a bydel (six digits) is also its kommune's: a kommune's roles cover its bydeler. */
const BYDEL_GROUP =
  /^((?:kommune|bekymringsmelding|bekymringsmelding-admin):\d{4})\d{2}$/;

function withKommuneOfBydel(groups: string[]): string[] {
  const all = new Set(groups);
  for (const group of groups) {
    const kommune = BYDEL_GROUP.exec(group)?.[1];
    if (kommune) all.add(kommune);
  }
  return [...all];
}

/**
 * Replaces bpmn-elements' timer parsing: our clock (injectable in tests) and our expressions,
 * which add Norwegian working days ("2 virkedager") to ISO 8601.
 */
export function timerParser(clock: Clock) {
  return (kind: 'timeDuration' | 'timeDate' | 'timeCycle', value: string) => {
    const now = clock.now();
    const { expireAt, repeat } = parseTimer(kind, value, now);
    return { expireAt, repeat, delay: expireAt.getTime() - now.getTime() };
  };
}

interface TimerDefinition {
  parse: ReturnType<typeof timerParser>;
  _getTimers: (message: unknown) => { expireAt?: Date; timeout?: number };
}

/**
 * Makes a timer event definition read time from our clock only. bpmn-elements computes the time
 * left with the machine's clock when a timer starts or is recovered; with an injected clock that
 * differs (tests, replays), a timer would fire at once or never.
 */
export function useClockForTimer(definition: TimerDefinition, clock: Clock) {
  definition.parse = timerParser(clock);
  const getTimers = definition._getTimers;
  definition._getTimers = function (message) {
    const timers = getTimers.call(this, message);
    if (timers.expireAt)
      timers.timeout = timers.expireAt.getTime() - clock.now().getTime();
    return timers;
  };
}
