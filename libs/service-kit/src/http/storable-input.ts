// What PostgreSQL cannot store, refused as a 400 naming the field instead of failing the query.
/** The largest value of an `integer` column (a definition's version): a larger one fails the query. */
export const INT4_MAX = 2_147_483_647;

type TextPath = (string | number)[];
/** A place in a body: its key, the place of the object or array holding it, and how deep it is. */
interface Place {
  key: string | number;
  parent: Place | null;
  depth: number;
}

/** Deeper than any form or process variable needs; far from where serializing it overflows the stack. */
export const MAX_NESTING = 64;
const TOO_DEEP = `must not be nested more than ${MAX_NESTING} levels deep`;
const STORABLE_TEXT_MESSAGE =
  'must not contain a NUL character or half of a surrogate pair';

const pathOf = (place: Place | null): TextPath =>
  place ? [...pathOf(place.parent), place.key] : [];

/**
 * PostgreSQL stores neither a NUL character (in text or jsonb) nor half of a UTF-16 surrogate pair
 * (jsonb refuses its `\ud800` escape): such text is refused as invalid input, or the query fails
 * and the caller gets a 500.
 */
export const isStorableText = (text: string): boolean =>
  !text.includes('\u0000') && !/\p{Cs}/u.test(text);

/**
 * Where a request part holds what PostgreSQL cannot store, or cannot compare with a column: a NUL
 * character (in text or jsonb, values or keys) or half of a UTF-16 surrogate pair; or where it is
 * nested so deep that serializing it again overflows the stack. Every `ZodValidationPipe` refuses
 * these with a 400 naming the field, before the schema runs, so no endpoint can forget it. Walked
 * with a stack of its own, not by recursion, which a deep body would overflow.
 */
export function storageProblems(
  value: unknown,
): { path: TextPath; message: string }[] {
  const found: { path: TextPath; message: string }[] = [];
  const pending: Array<[unknown, Place | null]> = [[value, null]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, place] = next;
    const depth = (place?.depth ?? 0) + 1;
    if (typeof item === 'string') {
      if (!isStorableText(item))
        found.push({ path: pathOf(place), message: STORABLE_TEXT_MESSAGE });
    } else if (item !== null && typeof item === 'object') {
      if (depth > MAX_NESTING) {
        found.push({ path: pathOf(place), message: TOO_DEEP });
        continue;
      }
      for (const [key, element] of Object.entries(item)) {
        const at = {
          key: Array.isArray(item) ? Number(key) : key,
          parent: place,
          depth,
        };
        if (isStorableText(key)) pending.push([element, at]);
        else found.push({ path: pathOf(at), message: STORABLE_TEXT_MESSAGE });
      }
    }
  }
  return found;
}
