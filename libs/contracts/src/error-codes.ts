/** Stable error codes shared by the services and the SPA; the SPA maps codes, never message text, to Norwegian. */
export const ErrorCode = {
  VALIDATION_FAILED: 'COMMON.VALIDATION_FAILED',
  NOT_FOUND: 'COMMON.NOT_FOUND',
  CONFLICT: 'COMMON.CONFLICT',
  FORBIDDEN: 'COMMON.FORBIDDEN',
  UNAUTHENTICATED: 'COMMON.UNAUTHENTICATED',
  UNKNOWN_REFERENCE_DATA: 'REPORTING.UNKNOWN_REFERENCE_DATA',
  UNKNOWN_SERVICE: 'GATEWAY.UNKNOWN_SERVICE',
  UPSTREAM_UNAVAILABLE: 'GATEWAY.UPSTREAM_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
