import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { CharCounter } from '../task-forms/char-counter';
import { RequiredTag } from './required-tag';

/**
 * A labelled textarea of the intake forms with a live character count («N/20000», announced once
 * typing pauses). Typing past the limit is allowed; the count says how much too much, and the
 * check on sending names it.
 */
@Component({
  selector: 'app-concern-text-area',
  imports: [CharCounter, RequiredTag],
  template: `
    <div class="ds-field">
      <label class="ds-label" [for]="fieldId()"
        >{{ label() }}
        @if (required()) {
          <app-required-tag />
        }
      </label>
      @if (description(); as text) {
        <p
          class="ds-paragraph"
          data-field="description"
          data-size="sm"
          [id]="fieldId() + '-description'"
        >
          {{ text }}
        </p>
      }
      <textarea
        class="ds-input"
        [rows]="rows()"
        [id]="fieldId()"
        [value]="value()"
        [required]="required()"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-describedby]="describedBy()"
        (input)="typed($event)"
      ></textarea>
      <app-char-counter
        [counterId]="fieldId() + '-counter'"
        [length]="value().length"
        [max]="max()"
      />
      @if (error(); as message) {
        <p
          class="ds-validation-message"
          data-field="validation"
          [id]="fieldId() + '-error'"
        >
          {{ message }}
        </p>
      }
    </div>
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernTextArea {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly max = input.required<number>();
  readonly error = input<string | null>(null);
  readonly required = input(false);
  readonly description = input<string | null>(null);
  readonly rows = input(4);
  readonly valueChange = output<string>();

  protected readonly describedBy = computed(() =>
    [
      this.description() ? `${this.fieldId()}-description` : null,
      `${this.fieldId()}-counter`,
      this.error() ? `${this.fieldId()}-error` : null,
    ]
      .filter((id): id is string => id !== null)
      .join(' '),
  );

  protected typed(event: Event): void {
    this.valueChange.emit((event.target as HTMLTextAreaElement).value);
  }
}
