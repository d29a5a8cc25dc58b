/** A page number to show, or a gap ("…") between them. */
export type PageItem = number | 'gap';

/**
 * At most seven items: the first and last page, the current one with its neighbours, and gaps.
 * 1 … 4 5 6 … 20; near an end the run is longer (1 2 3 4 5 … 20), so the width stays the same.
 */
export function pageItems(current: number, pages: number): PageItem[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  if (current <= 4) return [1, 2, 3, 4, 5, 'gap', pages];
  if (current >= pages - 3)
    return [1, 'gap', pages - 4, pages - 3, pages - 2, pages - 1, pages];
  return [1, 'gap', current - 1, current, current + 1, 'gap', pages];
}
