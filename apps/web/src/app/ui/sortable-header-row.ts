import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { SortOrder } from './sorted-pages';

/** A column of a sortable table; without `sort` its header is plain text. */
export interface SortableColumn<S extends string> {
  readonly label: string;
  readonly sort?: S;
}

/**
 * The header row of a sortable table (Designsystemet's sortable table): a button in each sortable
 * header and `aria-sort` on its `th`. The sort itself is the page's, in the URL.
 */
@Component({
  // An attribute on the table's own <tr>: a header row must stay a <tr> for the table's semantics.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'tr[appSortableHeaderRow]',
  template: `
    @for (column of columns(); track column.label) {
      @if (column.sort; as sort) {
        <th scope="col" [attr.aria-sort]="ariaSort(sort)">
          <button type="button" (click)="sortBy.emit(sort)">
            {{ column.label }}
          </button>
        </th>
      } @else {
        <th scope="col">{{ column.label }}</th>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SortableHeaderRow<S extends string> {
  readonly columns = input.required<readonly SortableColumn<S>[]>();
  readonly sort = input.required<S>();
  readonly order = input.required<SortOrder>();
  readonly sortBy = output<S>();

  protected ariaSort(sort: S): string {
    if (sort !== this.sort()) return 'none';
    return this.order() === 'asc' ? 'ascending' : 'descending';
  }
}
