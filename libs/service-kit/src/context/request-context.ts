import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line and every enqueued job carries from the request (or job) that caused it. */
export interface RequestContext {
  requestId: string;
  jobId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function runWithRequestContext<T>(
  context: RequestContext,
  fn: () => T,
): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** An incoming id is kept only when it looks like an id, so a caller cannot inject text into the logs. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTED_ID.test(value) ? value : randomUUID();
}
