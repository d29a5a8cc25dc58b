import type { Env } from '../config/env';

/** The services the browser reaches as `/api/<service>/…`, each with its base URL. */
export type Upstreams = Readonly<Record<string, string>>;

export function upstreamsFrom(env: Env): Upstreams {
  return {
    identity: env.IDENTITY_URL,
    workflow: env.WORKFLOW_URL,
    reporting: env.REPORTING_URL,
    bekymringsmelding: env.BEKYMRINGSMELDING_URL,
    notification: env.NOTIFICATION_URL,
  };
}
