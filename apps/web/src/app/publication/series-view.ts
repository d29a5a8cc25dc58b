import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { IndicatorSeriesResponse } from '@bvr/contracts';
import { chartData } from './chart-data';
import { chartSummary } from './chart-summary';
import { SeriesTable } from './series-table';
import { ShareChart } from './share-chart';

/** An indicator's series: the chart, the same numbers as a table, and the CSV. */
@Component({
  selector: 'app-series-view',
  imports: [ShareChart, SeriesTable],
  template: `
    <p class="ds-paragraph series-view__about">
      {{ response().indicator.description }}
      @if (response().indicator.higherIsBetter) {
        Høyere andel er bedre.
      } @else {
        Lavere andel er bedre.
      }
    </p>
    <div class="series-view__figures">
      <app-share-chart [data]="data()" [summary]="summary()" />
      <app-series-table [response]="response()" [caption]="caption()" />
    </div>
    <p class="series-view__download">
      <a class="ds-button" data-variant="secondary" [href]="csvHref()" download
        >Last ned CSV<span class="ds-sr-only">: {{ caption() }}</span></a
      >
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .series-view__about {
      max-inline-size: 42rem;
      margin-block: 0 var(--ds-size-4);
    }
    .series-view__figures {
      display: grid;
      /* minmax(0, …): a wide table scrolls in its region instead of widening the page */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--ds-size-6);
    }
    .series-view__download {
      margin-block: var(--ds-size-4) 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeriesView {
  readonly response = input.required<IndicatorSeriesResponse>();
  readonly caption = input.required<string>();
  readonly csvHref = input.required<string>();

  protected readonly data = computed(() => chartData(this.response()));
  protected readonly summary = computed(() => chartSummary(this.response()));
}
