import type { ConcernAddress } from '@bvr/contracts';
import type { ErrorSummaryItem } from '../ui/error-summary';

/**
 * What both intake forms share: field ids built from the contract's JSON paths (so a zod issue, on
 * the client or from the server, finds its field), trimmed optional text, addresses, and immutable
 * updates of a nested draft.
 */

export type FormKind = 'privat' | 'offentlig';
export type FieldPath = ReadonlyArray<string | number>;

/** `fieldId('privat', ['privatBarn', 0, 'personnavn'])` → `privat-privatBarn-0-personnavn`. */
export const fieldId = (form: FormKind, path: FieldPath): string =>
  [form, ...path].join('-');

/** The address as typed; the contract's `adresselinje2`/`adresselinje3` are not asked for. */
export interface AddressDraft {
  readonly adresselinje1: string;
  readonly postnummer: string;
  readonly poststed: string;
}

export const EMPTY_ADDRESS: AddressDraft = {
  adresselinje1: '',
  postnummer: '',
  poststed: '',
};

/** Trimmed text, or undefined for nothing: empty optional strings are left out, never sent as "". */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Digits typed with spaces («123 456 789») as the contract wants them; undefined for nothing. */
export function optionalDigits(value: string): string | undefined {
  const compacted = value.replace(/\s+/g, '');
  return compacted === '' ? undefined : compacted;
}

/** The object without its undefined properties, so they are not in the request at all. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/** A required address: always sent, so that a missing first line is reported by the schema. */
export function requiredAddress(draft: AddressDraft): ConcernAddress {
  return compact({
    adresselinje1: draft.adresselinje1.trim(),
    postnummer: optionalDigits(draft.postnummer),
    poststed: optionalText(draft.poststed),
  });
}

/** An optional address: left out when nothing is filled in, otherwise checked like a required one. */
export function optionalAddress(
  draft: AddressDraft,
): ConcernAddress | undefined {
  const empty = Object.values(draft).every((v) => v.trim() === '');
  return empty ? undefined : requiredAddress(draft);
}

/** A validation issue from zod (`path: ['a', 0]`) or from a service (`path: 'a.0'`). */
export interface IssueLike {
  readonly path: unknown;
  readonly message: unknown;
}

/** The path of an issue as segments (numbers for list indexes), or null when it has none. */
export function issuePath(path: unknown): Array<string | number> | null {
  const segments =
    typeof path === 'string'
      ? path.split('.').filter((s) => s !== '')
      : Array.isArray(path)
        ? path
        : null;
  if (!segments || segments.length === 0) return null;
  const parsed = segments.map((s: unknown) =>
    typeof s === 'number' || (typeof s === 'string' && /^\d+$/.test(s))
      ? Number(s)
      : typeof s === 'string'
        ? s
        : null,
  );
  return parsed.every((s) => s !== null) ? parsed : null;
}

/** Orders paths as the form shows its fields: names by their place in `order`, then indexes. */
export function comparePaths(
  order: readonly string[],
): (a: FieldPath, b: FieldPath) => number {
  const rank = (segment: string | number): number =>
    typeof segment === 'number'
      ? segment
      : order.includes(segment)
        ? order.indexOf(segment)
        : order.length;
  return (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const diff = rank(a[i]) - rank(b[i]);
      if (diff !== 0) return diff;
    }
    return a.length - b.length;
  };
}

/**
 * The error summary of a form: one message per field, in the order of the form. Issues without a
 * path or message are left out.
 */
export function summaryItems(
  form: FormKind,
  issues: readonly IssueLike[],
  order: readonly string[],
): ErrorSummaryItem[] {
  const located = issues.flatMap((issue) => {
    const path = issuePath(issue.path);
    return path && typeof issue.message === 'string'
      ? [{ path, message: issue.message }]
      : [];
  });
  const compare = comparePaths(order);
  const seen = new Set<string>();
  return [...located]
    .sort((a, b) => compare(a.path, b.path))
    .flatMap(({ path, message }) => {
      const id = fieldId(form, path);
      if (seen.has(id)) return [];
      seen.add(id);
      return [{ fieldId: id, message }];
    });
}

/** A copy of `target` with the value at `path` replaced; objects and lists on the way are copied. */
export function setIn<T>(target: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(target)) {
    const copy = [...target];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const record = target as Record<string, unknown>;
  return {
    ...record,
    [head]: setIn(record[head as string], rest, value),
  } as T;
}

/** Whether the kvittering e-mail field holds something (a confirmation will be sent). */
export const gaveEmail = (value: string): boolean => value.trim() !== '';
