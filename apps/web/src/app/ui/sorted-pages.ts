export type SortOrder = 'asc' | 'desc';

/**
 * The order after a click on a column header: the same column flips, another starts in its own
 * default order.
 */
export function orderAfterClick<S extends string>(
  sort: S,
  current: { readonly sort: S; readonly order: SortOrder },
  defaults: Readonly<Record<S, SortOrder>>,
): SortOrder {
  if (sort !== current.sort) return defaults[sort];
  return current.order === 'asc' ? 'desc' : 'asc';
}

/** «Viser 1–50 av 312 rapporteringsenheter», or «Viser 3 av 3» for a single row. */
export function shownRange(
  page: {
    readonly page: number;
    readonly pageSize: number;
    readonly total: number;
    readonly items: readonly unknown[];
  },
  noun = '',
): string {
  const first = (page.page - 1) * page.pageSize + 1;
  const last = first + page.items.length - 1;
  const range = first === last ? `${first}` : `${first}–${last}`;
  return `Viser ${range} av ${page.total}${noun ? ` ${noun}` : ''}`;
}
