import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { pageItems } from './page-numbers';

/**
 * Designsystemet's pagination with links, so each page has an address (new tab, bookmark, back).
 * `pageChosen` tells the page to move focus to the new results once they have loaded.
 */
@Component({
  selector: 'app-inbox-pagination',
  imports: [RouterLink],
  template: `
    <nav class="ds-pagination" [attr.aria-label]="label()">
      <ul>
        <li>
          @if (page() > 1) {
            <a
              class="ds-button"
              data-variant="tertiary"
              [routerLink]="[]"
              [queryParams]="paramsOf(page() - 1)"
              queryParamsHandling="merge"
              (click)="pageChosen.emit(page() - 1)"
              >Forrige</a
            >
          } @else {
            <span class="ds-button" data-variant="tertiary" aria-hidden="true"
              >Forrige</span
            >
          }
        </li>
        @for (item of items(); track $index) {
          @if (item === 'gap') {
            <!-- Designsystemet draws "…" in an empty item. -->
            <li></li>
          } @else {
            <li>
              <a
                class="ds-button"
                data-variant="tertiary"
                [attr.aria-current]="item === page() ? 'true' : null"
                [attr.aria-label]="'Side ' + item"
                [routerLink]="[]"
                [queryParams]="paramsOf(item)"
                queryParamsHandling="merge"
                (click)="pageChosen.emit(item)"
                >{{ item }}</a
              >
            </li>
          }
        }
        <li>
          @if (page() < pages()) {
            <a
              class="ds-button"
              data-variant="tertiary"
              [routerLink]="[]"
              [queryParams]="paramsOf(page() + 1)"
              queryParamsHandling="merge"
              (click)="pageChosen.emit(page() + 1)"
              >Neste</a
            >
          } @else {
            <span class="ds-button" data-variant="tertiary" aria-hidden="true"
              >Neste</span
            >
          }
        </li>
      </ul>
    </nav>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxPagination {
  readonly page = input.required<number>();
  readonly total = input.required<number>();
  readonly pageSize = input.required<number>();
  /** The navigation's accessible name; other lists than the inbox name their own pages. */
  readonly label = input('Sider med oppgaver');
  readonly pageChosen = output<number>();

  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil(this.total() / this.pageSize())),
  );
  protected readonly items = computed(() =>
    pageItems(this.page(), this.pages()),
  );

  protected paramsOf(page: number) {
    return { page: page === 1 ? null : page };
  }
}
