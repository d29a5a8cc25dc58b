import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RequiredTag } from './required-tag';

/**
 * One labelled text input of the intake forms: its description and its error are linked with
 * `aria-describedby`, and a required field says so in words.
 */
@Component({
  selector: 'app-concern-text-field',
  imports: [RequiredTag],
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
      <input
        class="ds-input"
        [class.concern-text-field--short]="short()"
        [type]="type()"
        [id]="fieldId()"
        [value]="value()"
        [required]="required()"
        [attr.autocomplete]="autocomplete()"
        [attr.inputmode]="inputmode()"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-describedby]="describedBy()"
        (input)="typed($event)"
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
  styles: `
    :host {
      display: block;
    }
    .concern-text-field--short {
      max-width: 12rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernTextField {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly error = input<string | null>(null);
  readonly required = input(false);
  readonly description = input<string | null>(null);
  readonly type = input<'text' | 'email' | 'tel'>('text');
  readonly autocomplete = input('off');
  readonly inputmode = input<'numeric' | 'tel' | 'email' | null>(null);
  /** Postnummer, fødselsnummer and the like: a narrow input. */
  readonly short = input(false);
  readonly valueChange = output<string>();

  protected readonly describedBy = computed(() => {
    const ids = [
      this.description() ? `${this.fieldId()}-description` : null,
      this.error() ? `${this.fieldId()}-error` : null,
    ].filter((id): id is string => id !== null);
    return ids.length ? ids.join(' ') : null;
  });

  protected typed(event: Event): void {
    this.valueChange.emit((event.target as HTMLInputElement).value);
  }
}
