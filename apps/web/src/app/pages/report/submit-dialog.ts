import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ReportValues } from '@bvr/report-forms';
import { newIdempotencyKey } from '../../reports/form-layout';
import { ReportApi } from '../../reports/report-api';
import type { Report } from '../../reports/report-models';

/**
 * The confirm step of «Send inn»: a modal dialog (focus moves in, Escape cancels, focus returns),
 * then `POST …/submit` with one idempotency key per opening, so a double click submits once.
 */
@Component({
  selector: 'app-submit-dialog',
  template: `
    <dialog class="ds-dialog" #dialog aria-labelledby="submit-heading">
      <h2 class="ds-heading" data-size="sm" id="submit-heading">
        Send inn rapporten?
      </h2>
      <p class="ds-paragraph">
        Halvårsrapporten for {{ report().unitName }}, {{ report().periodName }},
        sendes til Statsforvalteren for kontroll. Etter innsending kan du ikke
        endre den, med mindre Statsforvalteren returnerer den.
      </p>
      <div class="submit-dialog__actions">
        <button
          type="button"
          class="ds-button"
          data-variant="primary"
          [attr.aria-busy]="busy() || null"
          (click)="confirm()"
        >
          Ja, send inn
        </button>
        <button
          type="button"
          class="ds-button"
          data-variant="secondary"
          (click)="dialog.close()"
        >
          Avbryt
        </button>
      </div>
    </dialog>
  `,
  styles: `
    .submit-dialog__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-3);
      margin-block-start: var(--ds-size-6);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitDialog {
  private readonly api = inject(ReportApi);
  private readonly dialog =
    viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  readonly report = input.required<Report>();
  /** What is sent: the values at the moment of confirming. */
  readonly values = input.required<ReportValues>();
  /** Runs before the request, e.g. waiting for a draft save still under way. */
  readonly before = input<() => Promise<unknown>>(() => Promise.resolve());
  readonly submitted = output<ReportValues>();
  readonly failed = output<unknown>();

  protected readonly busy = signal(false);
  private idempotencyKey = '';

  open(): void {
    this.idempotencyKey = newIdempotencyKey();
    this.dialog().nativeElement.showModal();
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    const { periodId, unitId } = this.report();
    const values = this.values();
    try {
      await this.before()();
      await this.api.submit(periodId, unitId, values, this.idempotencyKey);
      this.dialog().nativeElement.close();
      this.submitted.emit(values);
    } catch (error) {
      this.dialog().nativeElement.close();
      this.failed.emit(error);
    } finally {
      this.busy.set(false);
    }
  }
}
