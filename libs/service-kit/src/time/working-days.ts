import Holidays from 'date-holidays';

const TIME_ZONE = 'Europe/Oslo';
const DAY_MS = 24 * 60 * 60 * 1000;
/** About 40 years: far beyond any real deadline, and a mistyped model cannot make the count loop for centuries. */
export const MAX_WORKING_DAYS = 10_000;

/** A reading of the clock on the wall in Oslo; `month` is 1-12. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** A period counted on the Oslo calendar: the wall-clock time stays, whatever the DST offset. */
export interface CalendarPeriod {
  years?: number;
  months?: number;
  days?: number;
}

let norwegianHolidays: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlySet<string>>();
let osloFormat: Intl.DateTimeFormat | undefined;

/**
 * Adds Norwegian working days (virkedager: not Saturday, Sunday or a public holiday) in Oslo time,
 * keeping the wall-clock time of `from`.
 *
 * Counting follows the usual rule for deadlines (domstolloven §§ 148-149, applied to forvaltningsloven):
 * the day of the event is not counted, the first day counted is the first working day after it, and a
 * deadline that would land on a non-working day moves to the next working day. So an event on a Saturday
 * plus 1 working day is Monday, the same as from Friday or Sunday; 0 working days from a Saturday is Monday.
 */
export function addWorkingDays(from: Date, days: number): Date {
  assertValidDate(from);
  if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS) {
    throw new RangeError(
      `Working days must be a whole number from 0 to ${MAX_WORKING_DAYS}, got ${days}`,
    );
  }
  const wall = toOsloWallClock(from);
  let date = calendarDate(wall);
  for (let counted = 0; counted < days; ) {
    date = nextDay(date);
    if (isWorkingDate(date)) counted++;
  }
  while (!isWorkingDate(date)) date = nextDay(date);
  return fromOsloWallClock(withDate(wall, date));
}

/**
 * Moves `from` by calendar years, months and days in Oslo time, keeping the wall-clock time across DST.
 * A day of the month that does not exist in the target month is clamped (31 January + 1 month = 28 February).
 */
export function addOsloCalendar(from: Date, period: CalendarPeriod): Date {
  assertValidDate(from);
  const wall = toOsloWallClock(from);
  const monthIndex =
    wall.year * 12 +
    (wall.month - 1) +
    (period.years ?? 0) * 12 +
    (period.months ?? 0);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const day = Math.min(wall.day, daysInMonth(year, month));
  const date = new Date(Date.UTC(year, month, day + (period.days ?? 0)));
  assertValidDate(date);
  return fromOsloWallClock(withDate(wall, date));
}

/** The dates (`YYYY-MM-DD`) of the Norwegian public holidays (type 'public' in date-holidays) in a year. */
export function publicHolidays(year: number): ReadonlySet<string> {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    norwegianHolidays ??= new Holidays('NO');
    const publicOnly = norwegianHolidays
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public');
    dates = new Set(publicOnly.map((holiday) => holiday.date.slice(0, 10)));
    holidaysByYear.set(year, dates);
  }
  return dates;
}

/** `date` is a calendar date held at UTC midnight. */
function isWorkingDate(date: Date): boolean {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(date.getUTCFullYear()).has(
    date.toISOString().slice(0, 10),
  );
}

function calendarDate(wall: WallClock): Date {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
}

function nextDay(date: Date): Date {
  return new Date(date.getTime() + DAY_MS);
}

function withDate(wall: WallClock, date: Date): WallClock {
  return {
    ...wall,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

function toOsloWallClock(instant: Date): WallClock {
  osloFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = Object.fromEntries(
    osloFormat
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  const ms = instant.getTime();
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    hour: parts['hour'],
    minute: parts['minute'],
    second: parts['second'],
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

function wallClockAsUtc(wall: WallClock): number {
  return Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
}

function osloOffsetAt(epochMs: number): number {
  return wallClockAsUtc(toOsloWallClock(new Date(epochMs))) - epochMs;
}

/**
 * The instant Oslo's clocks show `wall`. When it shows it twice (autumn) the earlier one is taken; when
 * never (spring gap) it is read with the offset before the change, i.e. moved forward by the gap.
 */
function fromOsloWallClock(wall: WallClock): Date {
  const asUtc = wallClockAsUtc(wall);
  const offsetBefore = osloOffsetAt(asUtc - DAY_MS);
  const offsetAfter = osloOffsetAt(asUtc + DAY_MS);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter];
  const valid = candidates.filter(
    (epochMs) => osloOffsetAt(epochMs) === asUtc - epochMs,
  );
  return new Date(valid.length ? Math.min(...valid) : candidates[0]);
}

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Expected a valid Date, got ${String(date)}`);
  }
}
