/** Stable codes of the errors the gateway answers itself; the SPA maps codes, not message text. */
export const GatewayErrorCode = {
  UNKNOWN_SERVICE: 'GATEWAY.UNKNOWN_SERVICE',
  UPSTREAM_UNAVAILABLE: 'GATEWAY.UPSTREAM_UNAVAILABLE',
} as const;
export type GatewayErrorCode =
  (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

export interface GatewayErrorBody {
  message: string;
  code: GatewayErrorCode;
}
