import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { UnitFiguresResponse } from '@bvr/contracts';
import { MISSING_TEXT } from './publication-format';
import { figuresColumns, figuresRows } from './figures-rows';

/**
 * «Rapporterte tall»: a row per reporting point, a column per period (newest first). Many periods
 * do not fit: the table scrolls sideways in a focusable region, the points' column stays in view.
 */
@Component({
  selector: 'app-figures-table',
  template: `
    <div
      class="figures-table"
      role="region"
      tabindex="0"
      [attr.aria-label]="caption()"
    >
      <table class="ds-table" data-size="sm" data-border>
        <caption class="figures-table__caption">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="figures-table__point">Punkt</th>
            @for (column of columns(); track column.periodId) {
              <th scope="col">{{ column.name }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.pointId) {
            <tr>
              <th
                scope="row"
                class="figures-table__point"
                [attr.data-level]="row.level"
              >
                <span class="figures-table__id">{{ row.pointId }}</span>
                {{ row.label }}
              </th>
              @for (cell of row.cells; track $index) {
                <td class="figures-table__value">{{ cell }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="ds-paragraph figures-table__note" data-size="sm">
      «{{ missing }}»: punktet var ikke med i skjemaet for perioden, eller det
      ble ikke besvart.
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .figures-table {
      overflow-x: auto;
      max-block-size: 40rem;
    }
    .figures-table:focus-visible {
      outline: var(--ds-border-width-focus) solid var(--ds-color-focus-outer);
      outline-offset: var(--ds-border-width-focus);
    }
    .figures-table__caption {
      text-align: start;
      padding-block-end: var(--ds-size-2);
    }
    .figures-table__point {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      min-inline-size: 16rem;
      max-inline-size: 28rem;
      background: var(--ds-color-neutral-background-default);
      white-space: normal;
    }
    .figures-table__point[data-level='1'] {
      padding-inline-start: var(--ds-size-8);
    }
    .figures-table__point[data-level='2'] {
      padding-inline-start: var(--ds-size-12);
    }
    .figures-table__id {
      font-weight: bold;
      margin-inline-end: var(--ds-size-1);
    }
    .figures-table__value {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .figures-table__note {
      margin-block: var(--ds-size-2) 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FiguresTable {
  readonly figures = input.required<UnitFiguresResponse>();
  readonly caption = input.required<string>();

  protected readonly missing = MISSING_TEXT;
  protected readonly columns = computed(() => figuresColumns(this.figures()));
  protected readonly rows = computed(() => figuresRows(this.figures()));
}
