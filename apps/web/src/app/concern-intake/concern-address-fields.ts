import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { ErrorSummaryItem } from '../ui/error-summary';
import {
  type AddressDraft,
  fieldId,
  type FieldPath,
  type FormKind,
} from './concern-fields';
import { ConcernTextField } from './concern-text-field';
import { RequiredTag } from './required-tag';

export interface AddressChange {
  readonly key: keyof AddressDraft;
  readonly value: string;
}

/**
 * An address as a group: «Adresse» (first line), postnummer and poststed. `own` turns on the
 * browser's autofill for the sender's own address; a child's address is someone else's.
 */
@Component({
  selector: 'app-concern-address-fields',
  imports: [ConcernTextField, RequiredTag],
  template: `
    <fieldset
      class="ds-fieldset concern-address"
      [attr.aria-describedby]="required() ? null : descriptionId()"
    >
      <legend class="ds-label">
        {{ legend() }}
        @if (required()) {
          <app-required-tag />
        }
      </legend>
      @if (!required()) {
        <p
          class="ds-paragraph"
          data-field="description"
          data-size="sm"
          [id]="descriptionId()"
        >
          Kan stå tomt. Fyller du inn noe, må gateadressen være med.
        </p>
      }
      <app-concern-text-field
        label="Gateadresse"
        [fieldId]="id('adresselinje1')"
        [value]="value().adresselinje1"
        [error]="errorFor('adresselinje1')"
        [required]="required()"
        [autocomplete]="own() ? 'address-line1' : 'off'"
        (valueChange)="changed.emit({ key: 'adresselinje1', value: $event })"
      />
      <div class="concern-address__place">
        <app-concern-text-field
          label="Postnummer"
          inputmode="numeric"
          [short]="true"
          [fieldId]="id('postnummer')"
          [value]="value().postnummer"
          [error]="errorFor('postnummer')"
          [autocomplete]="own() ? 'postal-code' : 'off'"
          (valueChange)="changed.emit({ key: 'postnummer', value: $event })"
        />
        <app-concern-text-field
          label="Poststed"
          [fieldId]="id('poststed')"
          [value]="value().poststed"
          [error]="errorFor('poststed')"
          [autocomplete]="own() ? 'address-level2' : 'off'"
          (valueChange)="changed.emit({ key: 'poststed', value: $event })"
        />
      </div>
    </fieldset>
  `,
  styles: `
    :host {
      display: block;
    }
    .concern-address {
      display: grid;
      gap: var(--ds-size-4);
    }
    .concern-address__place {
      display: grid;
      grid-template-columns: minmax(0, 12rem) minmax(0, 1fr);
      gap: var(--ds-size-4);
    }
    @media (max-width: 30rem) {
      .concern-address__place {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernAddressFields {
  readonly form = input.required<FormKind>();
  /** The address's place in the contract, e.g. `['privatBarn', 0, 'adresse']`. */
  readonly path = input.required<FieldPath>();
  readonly legend = input.required<string>();
  readonly value = input.required<AddressDraft>();
  readonly errors = input.required<readonly ErrorSummaryItem[]>();
  readonly required = input(false);
  readonly own = input(false);
  readonly changed = output<AddressChange>();

  protected descriptionId(): string {
    return `${fieldId(this.form(), this.path())}-description`;
  }

  protected id(key: keyof AddressDraft): string {
    return fieldId(this.form(), [...this.path(), key]);
  }

  protected errorFor(key: keyof AddressDraft): string | null {
    const id = this.id(key);
    return this.errors().find((e) => e.fieldId === id)?.message ?? null;
  }
}
