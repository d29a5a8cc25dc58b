import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FormPart } from '@bvr/report-forms';

interface PartLink {
  readonly number: number;
  readonly title: string;
  readonly errors: number;
}

/**
 * The parts of the form as a list of links (`?del=4`), with the number of points that have an error
 * in each, in words as well as colour. The current part has `aria-current`.
 */
@Component({
  selector: 'app-part-nav',
  imports: [RouterLink],
  template: `
    <nav class="part-nav" aria-label="Deler av skjemaet">
      <ol class="ds-list--unstyled part-nav__list">
        @for (part of links(); track part.number) {
          <li>
            <a
              class="part-nav__link ds-focus"
              [routerLink]="[]"
              [queryParams]="{ del: part.number }"
              [attr.aria-current]="part.number === selected() ? 'step' : null"
            >
              <span class="part-nav__title"
                >Del {{ part.number }} {{ part.title }}</span
              >
              @if (part.errors > 0) {
                <span class="ds-tag" data-color="danger" data-size="sm"
                  >{{ part.errors }} feil</span
                >
              }
            </a>
          </li>
        }
      </ol>
    </nav>
  `,
  styles: `
    :host {
      display: block;
    }
    .part-nav__list {
      display: grid;
      gap: var(--ds-size-1);
      margin: 0;
      padding: 0;
    }
    .part-nav__link {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--ds-size-2);
      padding: var(--ds-size-2) var(--ds-size-3);
      border-inline-start: 4px solid transparent;
      border-radius: var(--ds-border-radius-md);
      color: var(--ds-color-neutral-text-default);
      text-decoration: underline;
    }
    .part-nav__link:hover {
      background: var(--ds-color-neutral-surface-hover);
    }
    .part-nav__link[aria-current] {
      border-inline-start-color: var(--ds-color-accent-base-default);
      background: var(--ds-color-accent-surface-tinted);
      font-weight: var(--ds-font-weight-medium);
      text-decoration: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartNav {
  readonly parts = input.required<readonly FormPart[]>();
  readonly selected = input.required<number>();
  /** Points with an error, by part number. */
  readonly errorCounts = input<ReadonlyMap<number, number>>(new Map());

  protected readonly links = computed<PartLink[]>(() =>
    this.parts().map((part) => ({
      number: part.number,
      title: part.title,
      errors: this.errorCounts().get(part.number) ?? 0,
    })),
  );
}
