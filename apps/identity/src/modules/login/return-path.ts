/** Where to send the browser after login: a path on our own origin, never another site (open redirect). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 1000) return '/';
  if (
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return '/';
  return [...value].some((char) => char.charCodeAt(0) < 0x20) ? '/' : value;
}
