import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { IndicatorSeriesResponse } from '@bvr/contracts';
import { MISSING_NOTE, suppressionNote } from './publication-format';
import { hasSuppressed, seriesColumns, seriesRows } from './series-rows';

/**
 * The chart's numbers as a table: a row per period (newest first), a column per unit, county or
 * «Hele landet». It scrolls sideways in a focusable region when the columns do not fit (WCAG 1.4.10).
 */
@Component({
  selector: 'app-series-table',
  template: `
    <div
      class="series-table"
      role="region"
      tabindex="0"
      [attr.aria-label]="caption()"
    >
      <table class="ds-table" data-size="sm" data-border>
        <caption class="series-table__caption">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Periode</th>
            @for (column of columns(); track column.key) {
              <th scope="col">{{ column.name }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.periodId) {
            <tr>
              <th scope="row">{{ row.periodName }}</th>
              @for (cell of row.cells; track cell.key) {
                <td class="series-table__value">
                  {{ cell.share }}
                  @if (cell.counts) {
                    <span class="series-table__counts"
                      >({{ cell.counts }})</span
                    >
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="ds-paragraph series-table__note" data-size="sm">
      Tallene i parentes er telleren og nevneren bak andelen. {{ missingNote }}
    </p>
    @if (suppressed()) {
      <p class="ds-paragraph series-table__note" data-size="sm">
        {{ suppressionText() }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .series-table {
      overflow-x: auto;
    }
    .series-table:focus-visible {
      outline: var(--ds-border-width-focus) solid var(--ds-color-focus-outer);
      outline-offset: var(--ds-border-width-focus);
    }
    .series-table__caption {
      text-align: start;
      padding-block-end: var(--ds-size-2);
    }
    .series-table th,
    .series-table td {
      white-space: nowrap;
    }
    .series-table__value {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .series-table__counts {
      display: block;
      color: var(--ds-color-neutral-text-subtle);
    }
    .series-table__note {
      max-inline-size: 42rem;
      margin-block: var(--ds-size-2) 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeriesTable {
  readonly response = input.required<IndicatorSeriesResponse>();
  readonly caption = input.required<string>();

  protected readonly missingNote = MISSING_NOTE;
  protected readonly columns = computed(() => seriesColumns(this.response()));
  protected readonly rows = computed(() => seriesRows(this.response()));
  protected readonly suppressed = computed(() => hasSuppressed(this.rows()));
  protected readonly suppressionText = computed(() =>
    suppressionNote(this.response().suppressionThreshold),
  );
}
