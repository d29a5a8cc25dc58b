import { ErrorCode } from '@bvr/contracts';

/** The body of an error the gateway answers itself; the SPA maps the code, not the message text. */
export interface GatewayErrorBody {
  message: string;
  code: ErrorCode;
}
