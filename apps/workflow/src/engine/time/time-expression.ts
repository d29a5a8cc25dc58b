import { ErrorCode } from '@bvr/contracts';
import { addOsloCalendar, addWorkingDays, DomainError } from '@bvr/service-kit';

export type TimerKind = 'timeDuration' | 'timeDate' | 'timeCycle';

/** When a timer first fires; `repeat` is set for cycles only: the number of firings, -1 for forever. */
export interface TimerSchedule {
  expireAt: Date;
  repeat?: number;
}

/** A time expression in a model (timer or due date) that none of the accepted forms matches. */
export class InvalidTimeExpressionError extends DomainError {
  readonly code = ErrorCode.INVALID_TIME_EXPRESSION;

  constructor(
    readonly expression: string,
    readonly acceptedForms: readonly string[],
  ) {
    super(
      `Invalid time expression "${expression}": expected ${acceptedForms.join(', or ')}`,
    );
  }
}

interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** One accepted way of writing a time; `resolve` gives undefined when the expression is not written this way. */
interface TimeForm {
  description: string;
  resolve(expression: string, from: Date): Date | undefined;
}

const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const WORKING_DAYS = /^(\d+)\s+virkedag(?:er)?$/i;
const ISO_CYCLE = /^R(\d*)\/(.+)$/;

const durationForm: TimeForm = {
  description: 'an ISO 8601 duration (P5D, PT2H, P1DT12H, P2W)',
  resolve: (expression, from) => {
    const duration = parseIsoDuration(expression);
    return duration && addDuration(from, duration);
  },
};

const dateTimeForm: TimeForm = {
  description:
    'an ISO 8601 date-time with an offset (2026-12-01T12:00:00Z, 2026-12-01T12:00:00+01:00)',
  resolve: (expression) => parseIsoDateTime(expression),
};

const workingDaysForm: TimeForm = {
  description: 'Norwegian working days ("1 virkedag", "2 virkedager")',
  resolve: (expression, from) => {
    const match = WORKING_DAYS.exec(expression);
    return match ? addWorkingDays(from, Number(match[1])) : undefined;
  },
};

const cycleDescription =
  'an ISO 8601 repeating interval with a duration longer than zero (R3/PT10M, or R/P1D for forever)';

/** Resolves a user task's due date: a duration or working days from `from`, or a fixed date-time. */
export function resolveDueDate(expression: string, from: Date): Date {
  return resolveWith(
    [durationForm, workingDaysForm, dateTimeForm],
    expression,
    from,
  );
}

/** Resolves a BPMN timer definition; its result is what bpmn-elements' TimerEventDefinition `parse` hook returns. */
export function parseTimer(
  kind: TimerKind,
  expression: string,
  from: Date,
): TimerSchedule {
  switch (kind) {
    case 'timeDuration':
      return {
        expireAt: resolveWith(
          [durationForm, workingDaysForm],
          expression,
          from,
        ),
      };
    case 'timeDate':
      return { expireAt: resolveWith([dateTimeForm], expression, from) };
    case 'timeCycle':
      return parseCycle(expression, from);
  }
}

function resolveWith(forms: TimeForm[], expression: string, from: Date): Date {
  assertValidFrom(from);
  const source = trimmed(expression);
  for (const form of forms) {
    const resolved = resolveOrUndefined(form, source, from);
    if (resolved && isValidDate(resolved)) return resolved;
  }
  throw new InvalidTimeExpressionError(
    String(expression),
    forms.map((form) => form.description),
  );
}

/** A number too large for the calendar (P999999999Y, 99999 virkedager) is an invalid expression, not a crash. */
function resolveOrUndefined(
  form: TimeForm,
  source: string,
  from: Date,
): Date | undefined {
  try {
    return form.resolve(source, from);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function parseCycle(expression: string, from: Date): TimerSchedule {
  assertValidFrom(from);
  const match = ISO_CYCLE.exec(trimmed(expression));
  const repeat = match?.[1] ? Number(match[1]) : -1;
  const expireAt = match
    ? resolveOrUndefined(durationForm, match[2], from)
    : undefined;
  const repeatIsValid =
    repeat === -1 || (repeat > 0 && Number.isSafeInteger(repeat));
  if (
    !expireAt ||
    !isValidDate(expireAt) ||
    expireAt <= from ||
    !repeatIsValid
  ) {
    throw new InvalidTimeExpressionError(String(expression), [
      cycleDescription,
    ]);
  }
  return { expireAt, repeat };
}

function parseIsoDuration(expression: string): IsoDuration | undefined {
  const match = ISO_DURATION.exec(expression);
  if (!match) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((value) => Number(value?.replace(',', '.') ?? 0));
  return { years, months, weeks, days, hours, minutes, seconds };
}

/** Years to days move on the Oslo calendar; hours to seconds are elapsed time, so PT24H is not P1D across DST. */
function addDuration(from: Date, duration: IsoDuration): Date {
  const date = addOsloCalendar(from, {
    years: duration.years,
    months: duration.months,
    days: duration.weeks * 7 + duration.days,
  });
  const seconds =
    duration.hours * 3600 + duration.minutes * 60 + duration.seconds;
  return new Date(date.getTime() + Math.round(seconds * 1000));
}

function parseIsoDateTime(expression: string): Date | undefined {
  const match = ISO_DATE_TIME.exec(expression);
  if (!match) return undefined;
  const fields = match.slice(1, 7).map((field) => Number(field ?? 0));
  const [year, month, day, hour, minute, second] = fields;
  const wallClock = new Date(
    Date.UTC(year, month - 1, day, hour, minute, second),
  );
  const offsetMs = parseOffset(match[8], match[9], match[10]);
  if (!isSameDateTime(wallClock, fields) || offsetMs === undefined) {
    return undefined;
  }
  return new Date(wallClock.getTime() + fractionMs(match[7]) - offsetMs);
}

/** No sign means the expression ended in Z. */
function parseOffset(
  sign: string | undefined,
  hours: string | undefined,
  minutes: string | undefined,
): number | undefined {
  if (!sign) return 0;
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
  const offsetMs = (Number(hours) * 60 + Number(minutes)) * 60_000;
  return sign === '-' ? -offsetMs : offsetMs;
}

function fractionMs(fraction: string | undefined): number {
  return Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
}

/** False for dates Date.UTC rolls over, such as 2026-02-30 or 24:00. */
function isSameDateTime(
  date: Date,
  [year, month, day, hour, minute, second]: number[],
): boolean {
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/** Expressions come from models and process variables, so a non-string is possible at runtime. */
function trimmed(expression: string): string {
  return typeof expression === 'string' ? expression.trim() : '';
}

function assertValidFrom(from: Date): void {
  if (!(from instanceof Date) || !isValidDate(from)) {
    throw new RangeError(
      `Expected a valid Date to resolve from, got ${String(from)}`,
    );
  }
}

function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}
