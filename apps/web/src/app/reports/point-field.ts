import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { explainRules, type FormPoint } from '@bvr/report-forms';
import {
  Entry,
  entryValue,
  formatEntryNumber,
  parseNorwegianNumber,
} from './report-entries';
import { fieldIdOf, PointProblem } from './report-problems';

/**
 * One point of the form: «A3.1» and its text as the label, help text, legal reference and the rules
 * (from the rules library) as the description, and the field with its error. Sub-points are indented
 * by `depth`. The Statsforvalter's points are shown, not filled in.
 */
@Component({
  selector: 'app-point-field',
  templateUrl: './point-field.html',
  styleUrl: './point-field.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet],
  host: {
    '[style.--point-depth]': 'depth()',
    '[class.point-field--sub]': 'depth() > 0',
  },
})
export class PointField {
  readonly point = input.required<FormPoint>();
  readonly entry = input<Entry | undefined>(null);
  readonly problem = input<PointProblem | undefined>(undefined);
  readonly readOnly = input(false);
  /** 0 for a main point, 1 for its sub-point, … */
  readonly depth = input(0);

  readonly entryChange = output<Entry>();
  readonly left = output<void>();

  protected readonly id = computed(() => fieldIdOf(this.point().id));
  protected readonly rules = computed(() => explainRules(this.point()));
  protected readonly byUnit = computed(
    () => this.point().filledBy === 'unit' && !this.readOnly(),
  );
  protected readonly numeric = computed(
    () => this.point().kind === 'count' || this.point().kind === 'decimal',
  );
  /** The answer as text, for the read-only view. */
  protected readonly shownValue = computed(() => {
    const value = entryValue(this.point(), this.entry());
    if (value === null) return 'Ikke fylt ut';
    if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
    return typeof value === 'number' ? formatEntryNumber(value) : value;
  });
  protected readonly describedBy = computed(() =>
    [`${this.id()}-description`, this.problem() ? `${this.id()}-error` : null]
      .filter((id) => id !== null)
      .join(' '),
  );

  protected typed(event: Event): void {
    this.entryChange.emit((event.target as HTMLInputElement).value);
  }

  protected chose(answer: boolean): void {
    this.entryChange.emit(answer);
  }

  /** On leaving a number field: «1000» becomes «1 000», so the person sees how it was read. */
  protected leave(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    const value = this.numeric() ? parseNorwegianNumber(text) : null;
    const formatted = value === null ? text : formatEntryNumber(value);
    // Only when nothing is lost: «2,55» is left as typed for its error, not rounded to «2,6».
    if (formatted !== text && parseNorwegianNumber(formatted) === value)
      this.entryChange.emit(formatted);
    this.left.emit();
  }
}
