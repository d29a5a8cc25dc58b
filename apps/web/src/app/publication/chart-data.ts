import type { IndicatorSeriesResponse } from '@bvr/contracts';
import { lineStyle, type LineStyle } from './series-styles';

/** One line of the chart: percentages by period (`null`: a gap, e.g. suppressed). */
export interface ChartLine extends LineStyle {
  readonly label: string;
  readonly data: readonly (number | null)[];
}

export interface ChartData {
  readonly labels: readonly string[];
  readonly lines: readonly ChartLine[];
}

/** The series as lines over the periods, oldest first, shares in percent (0–100). */
export function chartData(response: IndicatorSeriesResponse): ChartData {
  let units = 0;
  return {
    labels: response.periods.map((period) => period.name),
    lines: response.series.map((series) => {
      const byPeriod = new Map(
        series.values.map((value) => [value.periodId, value.share]),
      );
      const index = series.subject.type === 'unit' ? units++ : 0;
      return {
        ...lineStyle(index, series.subject),
        label: series.subject.name,
        data: response.periods.map((period) => {
          const share = byPeriod.get(period.id);
          return share === null || share === undefined
            ? null
            : Math.round(share * 1000) / 10;
        }),
      };
    }),
  };
}
