import { ErrorCode } from '@bvr/contracts';

/** The body of an error the gateway answers itself; the SPA maps the code, not the message text. */
export interface GatewayErrorBody {
  message: string;
  code: ErrorCode;
}

/** What the gateway answers (502) when a service does not. */
export function upstreamUnavailableBody(service: string): GatewayErrorBody {
  return {
    message: `Tjenesten ${service} svarer ikke. Prøv igjen om litt.`,
    code: ErrorCode.UPSTREAM_UNAVAILABLE,
  };
}
