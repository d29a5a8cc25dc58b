import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { PublicationUnit } from '@bvr/contracts';

/**
 * The units of «Sammenligning»: a list with «Fjern» for each, and «Legg til» from a list of every
 * unit. A polite live region says what changed; after «Fjern» focus goes back to the list of units.
 */
@Component({
  selector: 'app-compared-units',
  template: `
    <form
      class="compared-units__add"
      aria-label="Legg til i sammenligningen"
      novalidate
      (submit)="add($event)"
    >
      <div class="ds-field">
        <label class="ds-label" for="compare-unit">Kommune eller bydel</label>
        <p
          class="ds-paragraph"
          data-field="description"
          data-size="sm"
          id="compare-unit-description"
        >
          Du kan sammenligne opptil {{ max() }} kommuner og bydeler.
        </p>
        <select
          #picker
          class="ds-input"
          id="compare-unit"
          name="unit"
          aria-describedby="compare-unit-description"
        >
          @for (unit of available(); track unit.id) {
            <option [value]="unit.id">{{ unit.name }} ({{ unit.id }})</option>
          }
        </select>
      </div>
      <button type="submit" class="ds-button" data-variant="secondary">
        Legg til
      </button>
    </form>

    <h3 class="ds-heading compared-units__heading" data-size="2xs">
      Valgt for sammenligning ({{ chosen().length }} av {{ max() }})
    </h3>
    @if (chosen().length === 0) {
      <p class="ds-paragraph">Ingen er valgt ennå.</p>
    } @else {
      <ul class="ds-list compared-units__list">
        @for (unit of chosen(); track unit.id) {
          <li>
            {{ unit.name }} ({{ unit.id }})
            <button
              type="button"
              class="ds-button"
              data-variant="tertiary"
              data-size="sm"
              (click)="remove(unit)"
            >
              Fjern<span class="ds-sr-only"> {{ unit.name }}</span>
            </button>
          </li>
        }
      </ul>
    }
    <p role="status" class="ds-paragraph compared-units__status" data-size="sm">
      {{ announcement() }}
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .compared-units__add {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--ds-size-3);
    }
    .compared-units__add .ds-field {
      flex: 0 1 24rem;
    }
    .compared-units__heading {
      margin-block: var(--ds-size-4) var(--ds-size-2);
    }
    .compared-units__list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--ds-size-2);
    }
    .compared-units__status {
      min-block-size: 1lh;
      margin-block: var(--ds-size-2) 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparedUnits {
  readonly units = input.required<readonly PublicationUnit[]>();
  readonly chosenIds = input.required<readonly string[]>();
  readonly max = input.required<number>();
  readonly changed = output<readonly string[]>();

  private readonly picker =
    viewChild.required<ElementRef<HTMLSelectElement>>('picker');
  protected readonly announcement = signal('');
  protected readonly chosen = computed(() => {
    const byId = new Map(this.units().map((unit) => [unit.id, unit]));
    return this.chosenIds().map(
      (id) => byId.get(id) ?? { id, name: id, countyId: '', inScope: false },
    );
  });
  protected readonly available = computed(() =>
    this.units()
      .filter((unit) => !this.chosenIds().includes(unit.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
  );

  protected add(event: SubmitEvent): void {
    event.preventDefault();
    const id = new FormData(event.target as HTMLFormElement).get('unit');
    const unit = this.available().find((candidate) => candidate.id === id);
    if (!unit) return;
    if (this.chosenIds().length >= this.max()) {
      this.announcement.set(
        `Du kan ikke sammenligne flere enn ${this.max()}. Fjern en før du legger til ${unit.name}.`,
      );
      return;
    }
    this.changed.emit([...this.chosenIds(), unit.id]);
    this.announcement.set(`${unit.name} er lagt til i sammenligningen.`);
  }

  protected remove(unit: PublicationUnit): void {
    this.changed.emit(this.chosenIds().filter((id) => id !== unit.id));
    this.announcement.set(`${unit.name} er fjernet fra sammenligningen.`);
    this.picker().nativeElement.focus();
  }
}
