import type { ErrorCode } from '@bvr/contracts';

/** An error the caller can act on; its stable `code` (listed in `@bvr/contracts`) is what crosses a process boundary. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
