import type { IndicatorSeriesResponse } from '@bvr/contracts';
import { formatShare } from './publication-format';

/** «Bergen, Vestland og Hele landet». */
export function listInNorwegian(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/**
 * The chart's accessible name: what it shows, for whom, over which periods, and the latest values.
 * The table below it has every number.
 */
export function chartSummary(response: IndicatorSeriesResponse): string {
  const { indicator, periods, series } = response;
  const names = listInNorwegian(series.map((s) => s.subject.name));
  if (periods.length === 0 || series.length === 0)
    return `Linjediagram: ${indicator.title}. Ingen tall å vise ennå.`;
  const first = periods[0];
  const last = periods[periods.length - 1];
  const span =
    first.id === last.id ? first.name : `${first.name} til ${last.name}`;
  const latest = series
    .map((s) => {
      const value = s.values.find((v) => v.periodId === last.id);
      return `${s.subject.name} ${formatShare(value)}`;
    })
    .join(', ');
  return (
    `Linjediagram: ${indicator.title}, andel i prosent, ${span}, for ${names}. ` +
    `${last.name}: ${latest}. Alle tallene står i tabellen under diagrammet.`
  );
}

/** A series table's caption: «Nøkkeltall: andel i prosent for Bergen, Vestland og Hele landet, …». */
export function seriesCaption(
  response: IndicatorSeriesResponse | null,
  what: string,
): string {
  if (!response) return '';
  const names = listInNorwegian(response.series.map((s) => s.subject.name));
  return `${response.indicator.title}: ${what} ${names}, nyeste periode først`;
}
