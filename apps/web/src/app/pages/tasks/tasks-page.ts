import { orderAfterClick, shownRange } from '../../ui/sorted-pages';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map, tap } from 'rxjs';
import { errorMessageOf } from '../../core/http/error-messages';
import { InboxFilters, InboxFilterValues } from '../../tasks/inbox-filters';
import { InboxPagination } from '../../tasks/inbox-pagination';
import {
  apiParamsOf,
  DEFAULT_ORDER,
  hasFilters,
  InboxQuery,
  InboxSort,
  InboxState,
  inboxQueryFrom,
  queryParamsOf,
  SortOrder,
} from '../../tasks/inbox-query';
import { InboxReturn } from '../../tasks/inbox-return';
import { TASKS_URL, TaskPage, toTaskPage } from '../../tasks/task';
import { TaskTable } from '../../tasks/task-table';
import { latestAnswer } from '../../tasks/latest-answer';

interface Tab {
  readonly state: InboxState;
  readonly label: string;
  readonly empty: string;
}

const TABS: readonly Tab[] = [
  { state: 'open', label: 'Åpne oppgaver', empty: 'Ingen åpne oppgaver' },
  {
    state: 'solved',
    label: 'Løste oppgaver (arkiv)',
    empty: 'Ingen løste oppgaver',
  },
];

/** How the caption says the sort: "sortert etter innsendt, nyeste først". */
const SORT_NAMES: Readonly<Record<InboxSort, Record<SortOrder, string>>> = {
  submitted: { desc: 'innsendt, nyeste først', asc: 'innsendt, eldste først' },
  created: { desc: 'opprettet, nyeste først', asc: 'opprettet, eldste først' },
  due: { asc: 'frist, nærmeste først', desc: 'frist, fjerneste først' },
  unit: { asc: 'rapporteringsenhet, A–Å', desc: 'rapporteringsenhet, Å–A' },
};

/**
 * «Oppgaver»: the inbox of the person's groups, as two tabs. The URL's query is the one source of
 * the tab, filters, sort and page; the page only reads it and navigates.
 */
@Component({
  selector: 'app-tasks-page',
  imports: [InboxFilters, InboxPagination, TaskTable],
  templateUrl: './tasks-page.html',
  styleUrl: './tasks-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TasksPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly inboxReturn = inject(InboxReturn);
  private readonly summary =
    viewChild.required<ElementRef<HTMLElement>>('summary');
  private readonly document = inject(DOCUMENT);
  private readonly queries = this.route.queryParamMap.pipe(
    map(inboxQueryFrom),
    tap((query) => this.inboxReturn.remember(this.urlOf(query))),
  );
  /** Set by a pagination click: focus goes to that page's results once they have loaded. */
  private focusOnPage: number | null = null;

  protected readonly tabs = TABS;
  protected readonly query = toSignal(this.queries, { requireSync: true });
  protected readonly tab = computed(
    () => TABS.find((tab) => tab.state === this.query().state) ?? TABS[0],
  );
  protected readonly tasks = latestAnswer<TaskPage>(
    this.queries.pipe(
      map((query) => ({ url: TASKS_URL, params: apiParamsOf(query) })),
    ),
    toTaskPage,
    (page) => this.focusIfChosen(page),
  );
  /** The last page that loaded: it stays on screen (busy) while the next loads, so focus is kept. */
  protected readonly shown = this.tasks.value;
  protected readonly loadedAt = computed(() => (this.shown(), Date.now()));
  protected readonly loading = this.tasks.loading;
  protected readonly error = computed(() => {
    const error = this.tasks.error();
    return error ? errorMessageOf(error) : null;
  });
  protected readonly caption = computed(() => {
    const { sort, order } = this.query();
    return `${this.tab().label}, sortert etter ${SORT_NAMES[sort][order]}`;
  });
  /** The polite live region's text: loading, how many, or that there are none. */
  protected readonly status = computed(() => {
    if (this.loading()) return 'Henter oppgaver …';
    const page = this.shown();
    if (this.error() || !page) return '';
    if (page.total === 0)
      return hasFilters(this.query())
        ? 'Ingen oppgaver passer med søket'
        : this.tab().empty;
    return shownRange(page);
  });

  protected selectTab(state: InboxState): void {
    if (state !== this.query().state) this.go({ state, page: 1 });
  }

  /** Arrow keys, Home and End move between the tabs; Enter or Space opens one (manual activation). */
  protected moveFocus(event: KeyboardEvent, index: number): void {
    const last = TABS.length - 1;
    const next =
      { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[
        event.key
      ] ?? null;
    if (next === null) return;
    event.preventDefault();
    const target = next < 0 ? last : next > last ? 0 : next;
    this.document.getElementById(`inbox-tab-${TABS[target].state}`)?.focus();
  }

  protected sortBy(sort: InboxSort): void {
    const order = orderAfterClick(sort, this.query(), DEFAULT_ORDER);
    this.go({ sort, order, page: 1 });
  }

  protected filter(values: InboxFilterValues): void {
    this.go({ ...values, page: 1 });
  }

  protected pageChosen(page: number): void {
    this.focusOnPage = page;
  }

  /** The summary is always in the page, so it can take focus before its new text is rendered. */
  private focusIfChosen(page: TaskPage): void {
    if (page.page !== this.focusOnPage) return;
    this.focusOnPage = null;
    this.summary().nativeElement.focus();
  }

  private urlOf(query: InboxQuery): string {
    return this.router.serializeUrl(
      this.router.createUrlTree(['/oppgaver'], {
        queryParams: queryParamsOf(query),
      }),
    );
  }

  private go(change: Partial<InboxQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryParamsOf({ ...this.query(), ...change }),
    });
  }
}
