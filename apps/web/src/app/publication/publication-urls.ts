import { PUBLICATION_URL } from './publication-models';

/** `GET …/publication/units`: the units the reader may choose. */
export const UNITS_URL = `${PUBLICATION_URL}/units`;

export const figuresUrl = (unitId: string, csv = false): string =>
  `${PUBLICATION_URL}/units/${encodeURIComponent(unitId)}/figures${csv ? '.csv' : ''}`;

export const seriesUrl = (indicatorId: string, csv = false): string =>
  `${PUBLICATION_URL}/indicators/${encodeURIComponent(indicatorId)}/series${csv ? '.csv' : ''}`;

/** `units=4601,4602&compare=county,country`, for the series and its CSV. */
export function seriesParams(
  units: readonly string[],
  compare: readonly ('county' | 'country')[],
): Record<string, string> {
  const params: Record<string, string> = { units: units.join(',') };
  if (compare.length > 0) params['compare'] = compare.join(',');
  return params;
}

/** A link's `href` with its query: `…/series.csv?units=4601&compare=county%2Ccountry`. */
export function withQuery(url: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${url}?${query}` : url;
}
