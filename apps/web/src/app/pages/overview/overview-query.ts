import type { ParamMap, Params } from '@angular/router';
import {
  OVERVIEW_FILTERS,
  OVERVIEW_SORTS,
  type OverviewSort,
  type OverviewStatusFilter,
} from '@bvr/contracts';
import type { SortOrder } from '../../ui/sorted-pages';

export { OVERVIEW_SORTS, type OverviewSort, type OverviewStatusFilter };
/** The status filter's options, «Forsinket» last. */
export const OVERVIEW_STATUSES = OVERVIEW_FILTERS;

/** What the overview shows: the period, filters, sort and page. The URL's query holds it. */
export interface OverviewQuery {
  /** Null: the default period (the latest open one). */
  readonly period: number | null;
  readonly status: OverviewStatusFilter | '';
  readonly office: string;
  readonly text: string;
  readonly sort: OverviewSort;
  readonly order: SortOrder;
  readonly page: number;
}

export const PAGE_SIZE = 50;

/** The order a column starts in: the latest submission first, everything else A–Å. */
export const DEFAULT_ORDER: Readonly<Record<OverviewSort, SortOrder>> = {
  unit: 'asc',
  name: 'asc',
  office: 'asc',
  status: 'asc',
  submitted: 'desc',
};

const oneOf = <T extends string>(
  value: string | null,
  allowed: readonly T[],
): T | null => (allowed.includes(value as T) ? (value as T) : null);

const OFFICE_ID = /^sf-[a-z]+(-[a-z]+)*$/;

/** Reads the query leniently: a hand-edited URL falls back to the defaults, never to an error. */
export function overviewQueryFrom(params: ParamMap): OverviewQuery {
  const sort = oneOf(params.get('sort'), OVERVIEW_SORTS) ?? 'unit';
  const page = Number(params.get('page'));
  const period = Number(params.get('periode'));
  const office = params.get('office') ?? '';
  return {
    period: Number.isInteger(period) && period >= 1 ? period : null,
    status: oneOf(params.get('status'), OVERVIEW_STATUSES) ?? '',
    office: OFFICE_ID.test(office) ? office : '',
    text: (params.get('text') ?? '').trim().slice(0, 100),
    sort,
    order: oneOf(params.get('order'), ['asc', 'desc']) ?? DEFAULT_ORDER[sort],
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL query for `query`, leaving out defaults so that links stay short. */
export function queryParamsOf(query: OverviewQuery): Params {
  return {
    periode: query.period,
    status: query.status || null,
    office: query.office || null,
    text: query.text || null,
    sort: query.sort === 'unit' ? null : query.sort,
    order: query.order === DEFAULT_ORDER[query.sort] ? null : query.order,
    page: query.page === 1 ? null : query.page,
  };
}

/** The filters and sort of `GET …/reports` and `…/reports.csv`, which share them. */
export function filterParamsOf(query: OverviewQuery): Record<string, string> {
  const params: Record<string, string> = {
    sort: query.sort,
    order: query.order,
  };
  if (query.status) params['status'] = query.status;
  if (query.office) params['office'] = query.office;
  if (query.text) params['q'] = query.text;
  return params;
}

/** The table's parameters: the filters and one page. */
export const apiParamsOf = (query: OverviewQuery): Record<string, string> => ({
  ...filterParamsOf(query),
  page: String(query.page),
  pageSize: String(PAGE_SIZE),
});

export const hasFilters = (query: OverviewQuery): boolean =>
  !!(query.status || query.office || query.text);
