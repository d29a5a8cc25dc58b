import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import type { PublicationUnit } from '@bvr/contracts';

const byName = (a: PublicationUnit, b: PublicationUnit) =>
  a.name.localeCompare(b.name, 'nb');

/**
 * «Kommune eller bydel», applied with «Vis» (a choice in a list does not change the page by itself).
 * The units in the reader's scope come first: only their reported figures are open.
 */
@Component({
  selector: 'app-unit-picker',
  template: `
    <form
      class="unit-picker"
      aria-label="Velg kommune eller bydel"
      novalidate
      (submit)="submit($event)"
    >
      <div class="ds-field">
        <label class="ds-label" for="publication-unit"
          >Kommune eller bydel</label
        >
        <select class="ds-input" id="publication-unit" name="unit">
          @if (inScope().length > 0) {
            <optgroup label="Ditt område">
              @for (unit of inScope(); track unit.id) {
                <option [value]="unit.id" [selected]="unit.id === selected()">
                  {{ unit.name }} ({{ unit.id }})
                </option>
              }
            </optgroup>
          }
          @if (others().length > 0) {
            <optgroup label="Andre kommuner og bydeler">
              @for (unit of others(); track unit.id) {
                <option [value]="unit.id" [selected]="unit.id === selected()">
                  {{ unit.name }} ({{ unit.id }})
                </option>
              }
            </optgroup>
          }
        </select>
      </div>
      <button type="submit" class="ds-button" data-variant="primary">
        Vis
      </button>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .unit-picker {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--ds-size-3);
    }
    .unit-picker .ds-field {
      flex: 0 1 24rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitPicker {
  readonly units = input.required<readonly PublicationUnit[]>();
  readonly selected = input.required<string | null>();
  readonly unitChosen = output<string>();

  protected readonly inScope = computed(() =>
    this.units()
      .filter((unit) => unit.inScope)
      .sort(byName),
  );
  protected readonly others = computed(() =>
    this.units()
      .filter((unit) => !unit.inScope)
      .sort(byName),
  );

  protected submit(event: SubmitEvent): void {
    event.preventDefault();
    const unit = new FormData(event.target as HTMLFormElement).get('unit');
    if (typeof unit === 'string' && unit) this.unitChosen.emit(unit);
  }
}
