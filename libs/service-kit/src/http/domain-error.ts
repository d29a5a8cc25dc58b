import type { ErrorCode } from '@bvr/contracts';

/** An error the caller can act on; its stable `code` (listed in `@bvr/contracts`) is what crosses a process boundary. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  /** Extra fields for the response body, e.g. the list of problems in a rejected model. */
  readonly details?: Record<string, unknown>;

  constructor(message: string, details?: Record<string, unknown>) {
    super(message);
    this.details = details;
    this.name = new.target.name;
  }
}
