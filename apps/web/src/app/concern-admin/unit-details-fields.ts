import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  inject,
  Injector,
  input,
  output,
} from '@angular/core';
import type { ErrorSummaryItem } from '../ui/error-summary';
import {
  alertFieldId,
  MAX_ALERT_EMAILS,
  type UnitDetailsDraft,
  type UnitDetailsField,
  type UnitDetailsPart,
  unitFieldId,
} from './unit-details-rules';

/**
 * Mottakeradresse, Kontaktinformasjon and Varsel-e-poster of a receiving unit: one part per wizard
 * step, or all three in «Opprett bydel». Each part is a fieldset; errors sit under their field.
 */
@Component({
  selector: 'app-unit-details-fields',
  templateUrl: './unit-details-fields.html',
  styleUrl: './unit-details-fields.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitDetailsFields {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  readonly value = input.required<UnitDetailsDraft>();
  readonly errors = input<readonly ErrorSummaryItem[]>([]);
  readonly prefix = input.required<string>();
  readonly parts = input<readonly UnitDetailsPart[]>([
    'adresse',
    'kontakt',
    'varsel',
  ]);
  /** In the wizard the step heading names the part; the legend is then for screen readers only. */
  readonly hideLegends = input(false);
  readonly valueChange = output<UnitDetailsDraft>();

  protected readonly maxAlerts = MAX_ALERT_EMAILS;

  protected id(field: UnitDetailsField): string {
    return unitFieldId(this.prefix(), field);
  }

  protected alertId(index: number): string {
    return alertFieldId(this.prefix(), index);
  }

  protected errorFor(fieldId: string): string | null {
    return this.errors().find((e) => e.fieldId === fieldId)?.message ?? null;
  }

  protected describedBy(...ids: Array<string | null | false>): string | null {
    const present = ids.filter((id): id is string => !!id);
    return present.length ? present.join(' ') : null;
  }

  protected set(field: UnitDetailsField, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.valueChange.emit({ ...this.value(), [field]: value });
  }

  protected setAlert(index: number, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const varselEposter = this.value().varselEposter.map((v, i) =>
      i === index ? value : v,
    );
    this.valueChange.emit({ ...this.value(), varselEposter });
  }

  protected addAlert(): void {
    const varselEposter = [...this.value().varselEposter, ''];
    this.valueChange.emit({ ...this.value(), varselEposter });
    this.focusLater(this.alertId(varselEposter.length - 1));
  }

  protected removeAlert(index: number): void {
    const varselEposter = this.value().varselEposter.filter(
      (_, i) => i !== index,
    );
    this.valueChange.emit({ ...this.value(), varselEposter });
    this.focusLater(this.alertId(Math.max(0, index - 1)));
  }

  private focusLater(id: string): void {
    afterNextRender(
      { write: () => this.document.getElementById(id)?.focus() },
      { injector: this.injector },
    );
  }
}
