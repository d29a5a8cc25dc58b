/**
 * `returnTo` as a path within this origin, else `fallback`: it must start with a single `/`
 * (not `//` or `/\`, which browsers read as another host) and hold no backslash or control character.
 */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])/.test(value)) return fallback;
  if (/[\\\p{Cc}]/u.test(value)) return fallback;
  return value;
}
