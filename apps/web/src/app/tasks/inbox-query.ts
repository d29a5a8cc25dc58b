import type { ParamMap, Params } from '@angular/router';

export type InboxState = 'open' | 'solved';
export type InboxSort = 'submitted' | 'created' | 'due' | 'unit';
import type { SortOrder } from '../ui/sorted-pages';

export type { SortOrder };

/** What the inbox shows: the tab, filters, sort and page. The URL's query holds it (bookmarks, back). */
export interface InboxQuery {
  readonly state: InboxState;
  readonly text: string;
  readonly reportingUnit: string;
  readonly taskName: string;
  readonly sort: InboxSort;
  readonly order: SortOrder;
  readonly page: number;
}

export const PAGE_SIZE = 25;

/** The order a column starts in: newest dates first, the nearest deadline first, units A–Å. */
export const DEFAULT_ORDER: Readonly<Record<InboxSort, SortOrder>> = {
  submitted: 'desc',
  created: 'desc',
  due: 'asc',
  unit: 'asc',
};

export const DEFAULT_QUERY: InboxQuery = {
  state: 'open',
  text: '',
  reportingUnit: '',
  taskName: '',
  sort: 'submitted',
  order: 'desc',
  page: 1,
};

const oneOf = <T extends string>(
  value: string | null,
  allowed: readonly T[],
): T | null => (allowed.includes(value as T) ? (value as T) : null);

/** A kommune number (4 digits) or a bydel number (6 digits). */
export const isReportingUnitNumber = (value: string): boolean =>
  /^\d{4}(\d{2})?$/.test(value);

/** Reads the query leniently: a hand-edited or outdated URL falls back to the defaults, never to an error. */
export function inboxQueryFrom(params: ParamMap): InboxQuery {
  const sort =
    oneOf(params.get('sort'), ['submitted', 'created', 'due', 'unit']) ??
    DEFAULT_QUERY.sort;
  const page = Number(params.get('page'));
  const unit = params.get('reportingUnit')?.trim() ?? '';
  return {
    state: oneOf(params.get('state'), ['open', 'solved']) ?? 'open',
    text: (params.get('text') ?? '').trim().slice(0, 200),
    reportingUnit: isReportingUnitNumber(unit) ? unit : '',
    taskName: (params.get('taskName') ?? '').slice(0, 200),
    sort,
    order: oneOf(params.get('order'), ['asc', 'desc']) ?? DEFAULT_ORDER[sort],
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL query for `query`, leaving out defaults so that links stay short. */
export function queryParamsOf(query: InboxQuery): Params {
  return {
    state: query.state === 'open' ? null : query.state,
    text: query.text || null,
    reportingUnit: query.reportingUnit || null,
    taskName: query.taskName || null,
    sort: query.sort === DEFAULT_QUERY.sort ? null : query.sort,
    order: query.order === DEFAULT_ORDER[query.sort] ? null : query.order,
    page: query.page === 1 ? null : query.page,
  };
}

/** The parameters of `GET /api/workflow/tasks` for `query`. */
export function apiParamsOf(query: InboxQuery): Record<string, string> {
  const params: Record<string, string> = {
    state: query.state,
    sort: query.sort,
    order: query.order,
    page: String(query.page),
    pageSize: String(PAGE_SIZE),
  };
  if (query.text) params['text'] = query.text;
  if (query.reportingUnit) params['reportingUnit'] = query.reportingUnit;
  if (query.taskName) params['taskName'] = query.taskName;
  return params;
}

export const hasFilters = (query: InboxQuery): boolean =>
  !!(query.text || query.reportingUnit || query.taskName);
