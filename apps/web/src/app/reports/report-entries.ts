import {
  type FormDefinition,
  type FormPoint,
  isBlank,
  pointsFilledBy,
  type ReportValue,
  type ReportValues,
} from '@bvr/report-forms';

/**
 * What the person has in each field: the text typed in a number or text field, true/false for
 * ja/nei, null for nothing. Kept as typed, so that «12,5» in a whole-number field stays on screen
 * with its error instead of vanishing.
 */
export type Entry = string | boolean | null;
export type Entries = Readonly<Record<string, Entry>>;

const NUMBER_FORMAT = new Intl.NumberFormat('nb-NO', {
  maximumFractionDigits: 1,
});
// Spaces people and Intl put between thousands: space, no-break space, narrow no-break space.
const GROUP_SPACES = /[\s\u00a0\u202f]/g;
const DOT_GROUPED = /^-?\d{1,3}(\.\d{3})+$/;

/**
 * A number as Norwegians write it: «1 000», «1000», «2,5», also «2.5» and «1.000» (thousands with
 * dots). Null when the text is not a number; the rules library then names the problem.
 */
export function parseNorwegianNumber(input: string): number | null {
  let text = input.replace(GROUP_SPACES, '').replace(/\u2212/g, '-');
  if (DOT_GROUPED.test(text)) text = text.replace(/\./g, '');
  text = text.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A number as the form shows it: «1 000», «2,5». */
export function formatEntryNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** The answer for the rules library and the service: a number when the text is one, else the text. */
export function entryValue(
  point: FormPoint,
  entry: Entry | undefined,
): ReportValue {
  if (entry === undefined || entry === null) return null;
  if (typeof entry === 'boolean') return entry;
  if (entry.trim() === '') return null;
  if (point.kind === 'count' || point.kind === 'decimal')
    return parseNorwegianNumber(entry) ?? entry;
  return entry;
}

/** What the fields start with, from the saved values. */
export function entriesOf(
  definition: FormDefinition,
  values: ReportValues,
): Entries {
  const entries: Record<string, Entry> = {};
  for (const point of pointsFilledBy(definition, 'unit')) {
    const value = values[point.id];
    if (value === undefined || value === null) continue;
    entries[point.id] =
      typeof value === 'number' && point.kind !== 'text'
        ? formatEntryNumber(value)
        : typeof value === 'number'
          ? String(value)
          : value;
  }
  return entries;
}

/**
 * The values the unit sends: the unit's active points only. Answers the unit may not give (withdrawn
 * points from an older form version, the Statsforvalter's points) are not sent; see `droppedPoints`.
 */
export function valuesOf(
  definition: FormDefinition,
  entries: Entries,
): ReportValues {
  const values: Record<string, ReportValue> = {};
  for (const point of pointsFilledBy(definition, 'unit')) {
    const value = entryValue(point, entries[point.id]);
    if (!isBlank(value)) values[point.id] = value;
  }
  return values;
}

/** Saved answers to points the unit does not fill in this form version (they will not be sent again). */
export function droppedPoints(
  definition: FormDefinition,
  values: ReportValues,
): string[] {
  const own = new Set(
    pointsFilledBy(definition, 'unit').map((point) => point.id),
  );
  return Object.keys(values).filter(
    (id) => !own.has(id) && !isBlank(values[id]),
  );
}

/** Whether two sets of values hold the same answers (a missing key and null are the same). */
export function sameValues(a: ReportValues, b: ReportValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left = isBlank(a[key]) ? null : a[key];
    const right = isBlank(b[key]) ? null : b[key];
    if (left !== right) return false;
  }
  return true;
}
