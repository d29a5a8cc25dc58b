import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  signal,
} from '@angular/core';
import {
  type FormDefinition,
  isBlank,
  pointsFilledBy,
  type ReportValues,
} from '@bvr/report-forms';
import { formatEntryNumber } from '../../reports/report-entries';
import type { Report } from '../../reports/report-models';

/** The messages above the form, other than the error summary. */
export class ReportAlertState {
  /** Saved answers to points this form version does not let the unit fill (not sent again). */
  readonly dropped = signal<string[]>([]);
  readonly submitted = signal(false);
  /** Someone saved since: what the person had typed, so that nothing is lost on reload. */
  readonly conflict = signal<string[] | null>(null);
  readonly error = signal<{ message: string; reload: boolean } | null>(null);
  /** After reloading on a conflict: what the person had typed, to enter again. */
  readonly notSaved = signal<string[]>([]);

  clear(): void {
    this.conflict.set(null);
    this.error.set(null);
    this.submitted.set(false);
  }
}

/** «A1: 12» for each point whose value differs from the saved one. */
export function unsavedLines(
  definition: FormDefinition,
  saved: ReportValues,
  current: ReportValues,
): string[] {
  return pointsFilledBy(definition, 'unit').flatMap((point) => {
    const before = isBlank(saved[point.id]) ? null : saved[point.id];
    const after = isBlank(current[point.id]) ? null : current[point.id];
    if (before === after) return [];
    const shown =
      after === null
        ? '(tomt)'
        : typeof after === 'boolean'
          ? after
            ? 'Ja'
            : 'Nei'
          : typeof after === 'number'
            ? formatEntryNumber(after)
            : after;
    return [`${point.id}: ${shown}`];
  });
}

/**
 * Where the report stands (returned with the Statsforvalter's message, sent in, approved), and what
 * went wrong with the last save or submission. Danger alerts take focus (`id="report-alert"`).
 */
@Component({
  selector: 'app-report-alerts',
  templateUrl: './report-alerts.html',
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-4);
      max-width: 48rem;
    }
    :host:empty {
      display: none;
    }
    .report-alerts__message {
      white-space: pre-wrap;
    }
    .ds-button {
      margin-block-start: var(--ds-size-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportAlerts {
  readonly state = input.required<ReportAlertState>();
  readonly report = input.required<Report>();
  readonly reload = output<void>();
}
