import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import type { ErrorSummaryItem } from '../ui/error-summary';
import { ConcernTextArea } from './concern-text-area';
import { fieldId, type FieldPath, type FormKind } from './concern-fields';
import type { Informed } from './public-concern-rules';
import { RequiredTag } from './required-tag';

/** The contract's limit for `orientertGrunn`. */
const REASON_MAX = 2000;

/**
 * «Er familien orientert om meldingen?» (ja/nei), and «Hvorfor er familien ikke orientert?» when
 * the answer is nei. The radio «Ja» carries the field id, so the error summary lands on the group.
 */
@Component({
  selector: 'app-concern-informed-fields',
  imports: [ConcernTextArea, RequiredTag],
  template: `
    <fieldset
      class="ds-fieldset concern-informed"
      [attr.aria-describedby]="error() ? id() + '-error' : null"
    >
      <legend class="ds-label">{{ legend() }} <app-required-tag /></legend>
      @if (error(); as message) {
        <p
          class="ds-validation-message"
          data-field="validation"
          [id]="id() + '-error'"
        >
          {{ message }}
        </p>
      }
      @for (answer of answers; track answer.value) {
        <div class="ds-field">
          <input
            class="ds-input"
            type="radio"
            [id]="answer.value === 'ja' ? id() : id() + '-nei'"
            [name]="id()"
            [value]="answer.value"
            [checked]="value() === answer.value"
            [attr.aria-invalid]="error() ? 'true' : null"
            (change)="valueChange.emit(answer.value)"
          />
          <label
            class="ds-label"
            data-weight="regular"
            [for]="answer.value === 'ja' ? id() : id() + '-nei'"
            >{{ answer.label }}</label
          >
        </div>
      }
    </fieldset>
    @if (value() === 'nei') {
      <app-concern-text-area
        [label]="reasonLabel()"
        [fieldId]="reasonId()"
        [value]="reason()"
        [max]="reasonMax"
        [error]="reasonError()"
        (valueChange)="reasonChange.emit($event)"
      />
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernInformedFields {
  readonly form = input.required<FormKind>();
  /** The object that holds `orientert` and `orientertGrunn`, e.g. `['foresatte', 0]`. */
  readonly path = input.required<FieldPath>();
  readonly legend = input.required<string>();
  readonly reasonLabel = input.required<string>();
  readonly value = input.required<Informed>();
  readonly reason = input.required<string>();
  readonly errors = input.required<readonly ErrorSummaryItem[]>();
  readonly valueChange = output<Informed>();
  readonly reasonChange = output<string>();

  protected readonly answers = [
    { value: 'ja', label: 'Ja' },
    { value: 'nei', label: 'Nei' },
  ] as const;
  protected readonly reasonMax = REASON_MAX;
  protected readonly id = computed(() =>
    fieldId(this.form(), [...this.path(), 'orientert']),
  );
  protected readonly reasonId = computed(() =>
    fieldId(this.form(), [...this.path(), 'orientertGrunn']),
  );
  protected readonly error = computed(() => this.errorFor(this.id()));
  protected readonly reasonError = computed(() =>
    this.errorFor(this.reasonId()),
  );

  private errorFor(id: string): string | null {
    return this.errors().find((e) => e.fieldId === id)?.message ?? null;
  }
}
