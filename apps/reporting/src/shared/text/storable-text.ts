/**
 * PostgreSQL stores neither a NUL character (in text or jsonb) nor half of a UTF-16 surrogate pair
 * (jsonb refuses its `\ud800` escape): such text must be refused as invalid input, or the query
 * fails and the caller gets a 500.
 */
export const isStorableText = (text: string): boolean =>
  !text.includes('\u0000') && !/\p{Cs}/u.test(text);

export const STORABLE_TEXT_MESSAGE =
  'must not contain a NUL character or half of a surrogate pair';
