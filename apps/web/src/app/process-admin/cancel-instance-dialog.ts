import { HttpClient } from '@angular/common/http';
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
import { firstValueFrom } from 'rxjs';
import { errorMessageOf } from '../core/http/error-messages';
import { cancelInstanceUrl } from './process-api';
import { cancelReasonProblem, MAX_REASON_LENGTH } from './process-labels';

/**
 * «Avbryt instans»: a modal dialog (focus moves in, Escape closes, focus returns) that asks for
 * the reason, which is required and kept in the instance's history, then `POST …/cancel`.
 */
@Component({
  selector: 'app-cancel-instance-dialog',
  template: `
    <dialog
      class="ds-dialog"
      #dialog
      aria-labelledby="cancel-heading"
      (close)="closed()"
    >
      <form (submit)="$event.preventDefault(); confirm()" novalidate>
        <h2 class="ds-heading" data-size="sm" id="cancel-heading">
          Avbryt instans {{ label() }}?
        </h2>
        <p class="ds-paragraph">
          Instansen stopper der den står, og åpne oppgaver i den lukkes. Det kan
          ikke angres.
        </p>
        <div class="ds-field">
          <label class="ds-label" for="cancel-reason">Begrunnelse</label>
          <p class="ds-paragraph" data-size="sm" id="cancel-reason-description">
            Lagres i historikken til instansen.
          </p>
          <textarea
            #reason
            class="ds-input"
            id="cancel-reason"
            rows="4"
            required
            [attr.maxlength]="maxLength"
            [attr.aria-invalid]="problem() ? 'true' : null"
            [attr.aria-describedby]="
              problem()
                ? 'cancel-reason-description cancel-reason-error'
                : 'cancel-reason-description'
            "
            (input)="problem.set(null)"
          ></textarea>
          @if (problem(); as message) {
            <p
              class="ds-validation-message"
              data-field="validation"
              id="cancel-reason-error"
            >
              {{ message }}
            </p>
          }
        </div>
        @if (failure(); as message) {
          <div
            class="ds-alert cancel-dialog__alert"
            data-color="danger"
            role="alert"
          >
            <p class="ds-paragraph">{{ message }}</p>
          </div>
        }
        <div class="cancel-dialog__actions">
          <button
            type="submit"
            class="ds-button"
            data-variant="primary"
            data-color="danger"
            [attr.aria-busy]="busy() || null"
          >
            Avbryt instansen
          </button>
          <button
            type="button"
            class="ds-button"
            data-variant="secondary"
            (click)="dialog.close()"
          >
            Lukk uten å avbryte
          </button>
        </div>
      </form>
    </dialog>
  `,
  styles: `
    .cancel-dialog__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-3);
      margin-block-start: var(--ds-size-6);
    }
    .cancel-dialog__alert {
      margin-block-start: var(--ds-size-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelInstanceDialog {
  private readonly http = inject(HttpClient);
  private readonly dialog =
    viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly reason =
    viewChild.required<ElementRef<HTMLTextAreaElement>>('reason');

  readonly instanceId = input.required<string>();
  /** How the heading names the instance, e.g. its short id. */
  readonly label = input.required<string>();
  readonly cancelled = output<void>();

  protected readonly maxLength = MAX_REASON_LENGTH;
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  open(): void {
    this.reason().nativeElement.value = '';
    this.problem.set(null);
    this.failure.set(null);
    this.dialog().nativeElement.showModal();
  }

  protected closed(): void {
    this.busy.set(false);
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    const field = this.reason().nativeElement;
    const problem = cancelReasonProblem(field.value);
    this.problem.set(problem);
    this.failure.set(null);
    if (problem) {
      field.focus();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.http.post(cancelInstanceUrl(this.instanceId()), {
          reason: field.value.trim(),
        }),
      );
      this.dialog().nativeElement.close();
      this.cancelled.emit();
    } catch (error) {
      this.failure.set(errorMessageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
