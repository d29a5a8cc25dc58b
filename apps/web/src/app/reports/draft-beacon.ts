import { XSRF_COOKIE, XSRF_HEADER } from '@bvr/contracts';
import type { ReportValues } from '@bvr/report-forms';
import { reportUrl } from './report-api';
import { SavedDraft, toSavedDraft } from './report-models';

/** The value of a cookie the page can read, or null. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * Saves the draft while the page is being hidden or closed. HttpClient's request would be cancelled
 * with the page; a `keepalive` fetch outlives it. The gateway's CSRF check wants the same-origin
 * `Origin` (the browser sends it) and the `XSRF-TOKEN` cookie echoed in `X-XSRF-TOKEN`, which
 * Angular would otherwise add. Resolves with the new revision if the page is still there to hear it.
 */
export async function saveDraftOnLeave(
  periodId: number,
  unitId: string,
  values: ReportValues,
  revision: number,
  cookies: string,
): Promise<SavedDraft> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
  };
  const token = readCookie(cookies, XSRF_COOKIE);
  if (token) headers[XSRF_HEADER] = token;
  const response = await fetch(`${reportUrl(periodId, unitId)}/draft`, {
    method: 'PUT',
    keepalive: true,
    credentials: 'same-origin',
    headers,
    body: JSON.stringify({ values, revision }),
  });
  if (!response.ok)
    throw new Error(`saving the draft on leave failed with ${response.status}`);
  return toSavedDraft(await response.json());
}
