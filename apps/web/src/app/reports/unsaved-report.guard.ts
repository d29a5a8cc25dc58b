import type { CanDeactivateFn } from '@angular/router';

/** A page that may hold typed answers not yet saved. */
export interface LeavesSafely {
  /** Saves what can be saved on the way out; false if the person chose to stay. */
  canLeave(): boolean;
}

/** Leaving the report form inside the app: the draft is saved on the way, never silently lost. */
export const unsavedReportGuard: CanDeactivateFn<LeavesSafely> = (page) =>
  page.canLeave();
