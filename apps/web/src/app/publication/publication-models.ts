import { SUPPRESSION_THRESHOLD } from '@bvr/contracts';
import type {
  IndicatorSeries,
  IndicatorSeriesResponse,
  PublicationUnit,
  PublishedPeriod,
  SeriesSubject,
  SeriesValue,
  UnitFiguresResponse,
} from '@bvr/contracts';

export type {
  IndicatorSeries,
  IndicatorSeriesResponse,
  PublicationUnit,
  PublishedPeriod,
  SeriesSubject,
  SeriesValue,
  UnitFiguresResponse,
};

/** The portal's endpoints in the reporting service, through the gateway. */
export const PUBLICATION_URL = '/api/reporting/publication';

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function malformed(what: string): never {
  throw new Error(
    `the reporting service answered with something that is not ${what}`,
  );
}

function period(value: unknown): PublishedPeriod | null {
  if (!isObject(value)) return null;
  const id = count(value['id']);
  const year = count(value['year']);
  const half = value['half'] === 2 ? 2 : value['half'] === 1 ? 1 : null;
  if (id === null || year === null || half === null) return null;
  return {
    id,
    year,
    half,
    name: text(value['name']) ?? `${half}. halvår ${year}`,
  };
}

const isPeriod = <T>(value: T | null): value is T => value !== null;

/** `[{ id, name, countyId, inScope }]`, or `{ items: [...] }`; malformed units are left out. */
export function toPublicationUnits(body: unknown): PublicationUnit[] {
  const items = Array.isArray(body)
    ? body
    : isObject(body) && Array.isArray(body['items'])
      ? body['items']
      : malformed('a list of units');
  return items.flatMap((item: unknown) => {
    if (!isObject(item)) return [];
    const id = text(item['id']);
    const name = text(item['name']);
    if (!id || !name) return [];
    return [
      {
        id,
        name,
        countyId: text(item['countyId']) ?? '',
        inScope: item['inScope'] === true,
      },
    ];
  });
}

function figure(value: unknown): number | boolean | null {
  return typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

export function toUnitFigures(body: unknown): UnitFiguresResponse {
  const unit = isObject(body) ? body['unit'] : null;
  if (!isObject(body) || !isObject(unit) || !text(unit['id']))
    return malformed("a unit's figures");
  return {
    unit: {
      id: String(unit['id']),
      name: text(unit['name']) ?? String(unit['id']),
      countyId: text(unit['countyId']) ?? '',
      countyName: text(unit['countyName']) ?? '',
    },
    points: list(body['points']).flatMap((point: unknown) => {
      const id = isObject(point) ? text(point['id']) : null;
      if (!isObject(point) || !id) return [];
      return [
        {
          id,
          label: text(point['label']) ?? id,
          parentId: text(point['parentId']),
        },
      ];
    }),
    periods: list(body['periods']).flatMap((item: unknown) => {
      const base = period(item);
      if (!base || !isObject(item)) return [];
      const raw = isObject(item['values']) ? item['values'] : {};
      const values: Record<string, number | boolean | null> = {};
      for (const [point, value] of Object.entries(raw))
        values[point] = figure(value);
      return [{ ...base, approvedAt: text(item['approvedAt']) ?? '', values }];
    }),
  };
}

function subject(value: unknown): SeriesSubject | null {
  if (!isObject(value)) return null;
  const name = text(value['name']);
  const id = text(value['id']);
  if (value['type'] === 'country')
    return { type: 'country', name: 'Hele landet' };
  if ((value['type'] === 'unit' || value['type'] === 'county') && id && name)
    return { type: value['type'], id, name };
  return null;
}

function seriesValue(value: unknown): SeriesValue | null {
  if (!isObject(value)) return null;
  const periodId = count(value['periodId']);
  if (periodId === null) return null;
  return {
    periodId,
    numerator: count(value['numerator']),
    denominator: count(value['denominator']),
    share: count(value['share']),
    suppressed: value['suppressed'] === true,
    reports: count(value['reports']) ?? 0,
  };
}

/** The indicator's definition is the contract's; only the series are checked closely. */
export function toIndicatorSeries(body: unknown): IndicatorSeriesResponse {
  if (
    !isObject(body) ||
    !isObject(body['indicator']) ||
    !Array.isArray(body['series'])
  )
    return malformed('the series of an indicator');
  return {
    indicator: body[
      'indicator'
    ] as unknown as IndicatorSeriesResponse['indicator'],
    periods: list(body['periods']).map(period).filter(isPeriod),
    series: body['series'].flatMap((item: unknown): IndicatorSeries[] => {
      const who = isObject(item) ? subject(item['subject']) : null;
      if (!who || !isObject(item)) return [];
      return [
        {
          subject: who,
          values: list(item['values']).map(seriesValue).filter(isPeriod),
        },
      ];
    }),
    suppressionThreshold:
      count(body['suppressionThreshold']) ?? SUPPRESSION_THRESHOLD,
  };
}
