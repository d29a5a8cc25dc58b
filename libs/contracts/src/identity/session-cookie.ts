/**
 * The browser's session cookie, set by identity on `/auth/*` and read by the gateway, which proxies
 * both. Where the browser uses HTTPS it is Secure, and `__Host-` pins it to the gateway's origin
 * (path /, no Domain).
 */
export const sessionCookieName = (secure: boolean) =>
  secure ? '__Host-bvr_session' : 'bvr_session';

/** Cookies are Secure when the browser reaches the platform over HTTPS (the public URL says). */
export const usesHttps = (publicUrl: string) =>
  new URL(publicUrl).protocol === 'https:';

/** Angular's HttpClient copies this cookie into the `X-XSRF-TOKEN` header of state-changing requests. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
