import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import type { ErrorSummaryItem } from '../ui/error-summary';
import { fieldId, type FormKind } from './concern-fields';
import {
  bydelChoices,
  findKommune,
  type RecipientKommune,
} from './concern-recipients';
import { RequiredTag } from './required-tag';

/**
 * «Hvilken kommune skal meldingen til?», and the bydel where the kommune has real ones. No bydel
 * chosen («Vet ikke / la kommunen velge»): the kommune's default bydel receives the message.
 */
@Component({
  selector: 'app-concern-recipient-fields',
  imports: [RequiredTag],
  template: `
    <div class="ds-field">
      <label class="ds-label" [for]="kommuneId()"
        >Kommunen der barnet bor <app-required-tag
      /></label>
      <p
        class="ds-paragraph"
        data-field="description"
        data-size="sm"
        [id]="kommuneId() + '-description'"
      >
        Meldingen går til barnevernstjenesten i kommunen. Listen viser kommunene
        som tar imot bekymringsmeldinger her.
      </p>
      <select
        class="ds-input concern-recipient__select"
        [id]="kommuneId()"
        required
        [attr.aria-invalid]="kommuneError() ? 'true' : null"
        [attr.aria-describedby]="
          kommuneId() +
          '-description' +
          (kommuneError() ? ' ' + kommuneId() + '-error' : '')
        "
        (change)="kommuneChange.emit(selected($event))"
      >
        <option value="" [selected]="!kommunenummer()">Velg kommune</option>
        @for (kommune of kommuner(); track kommune.kommunenummer) {
          <option
            [value]="kommune.kommunenummer"
            [selected]="kommune.kommunenummer === kommunenummer()"
          >
            {{ kommune.kommunenavn }}
          </option>
        }
      </select>
      @if (kommuneError(); as message) {
        <p
          class="ds-validation-message"
          data-field="validation"
          [id]="kommuneId() + '-error'"
        >
          {{ message }}
        </p>
      }
    </div>

    @if (bydeler().length > 0) {
      <div class="ds-field">
        <label class="ds-label" [for]="bydelId()">Bydel</label>
        <p
          class="ds-paragraph"
          data-field="description"
          data-size="sm"
          [id]="bydelId() + '-description'"
        >
          Velg bydelen der barnet bor hvis du vet det. Ellers velger kommunen
          hvem som får meldingen.
        </p>
        <select
          class="ds-input concern-recipient__select"
          [id]="bydelId()"
          [attr.aria-invalid]="bydelError() ? 'true' : null"
          [attr.aria-describedby]="
            bydelId() +
            '-description' +
            (bydelError() ? ' ' + bydelId() + '-error' : '')
          "
          (change)="bydelChange.emit(selected($event))"
        >
          <option value="" [selected]="!bydelsnummer()">
            Vet ikke / la kommunen velge
          </option>
          @for (bydel of bydeler(); track bydel.bydelsnummer) {
            <option
              [value]="bydel.bydelsnummer"
              [selected]="bydel.bydelsnummer === bydelsnummer()"
            >
              {{ bydel.bydelsnavn || 'Bydel ' + bydel.bydelsnummer }}
            </option>
          }
        </select>
        @if (bydelError(); as message) {
          <p
            class="ds-validation-message"
            data-field="validation"
            [id]="bydelId() + '-error'"
          >
            {{ message }}
          </p>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-6);
    }
    .concern-recipient__select {
      max-width: 28rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernRecipientFields {
  readonly form = input.required<FormKind>();
  readonly kommuner = input.required<readonly RecipientKommune[]>();
  readonly kommunenummer = input.required<string>();
  readonly bydelsnummer = input.required<string>();
  readonly errors = input.required<readonly ErrorSummaryItem[]>();
  readonly kommuneChange = output<string>();
  readonly bydelChange = output<string>();

  protected readonly kommuneId = computed(() =>
    fieldId(this.form(), ['kommunenummer']),
  );
  protected readonly bydelId = computed(() =>
    fieldId(this.form(), ['bydelsnummer']),
  );
  protected readonly bydeler = computed(() =>
    bydelChoices(findKommune(this.kommuner(), this.kommunenummer())),
  );
  protected readonly kommuneError = computed(() =>
    this.errorFor(this.kommuneId()),
  );
  protected readonly bydelError = computed(() => this.errorFor(this.bydelId()));

  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  private errorFor(id: string): string | null {
    return this.errors().find((e) => e.fieldId === id)?.message ?? null;
  }
}
