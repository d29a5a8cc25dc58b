import { HttpClient, HttpParams } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  catchError,
  combineLatest,
  from,
  map,
  Observable,
  of,
  shareReplay,
} from 'rxjs';
import { errorMessageOf } from '../../core/http/error-messages';
import type { UserGrant } from '../../core/session/me';
import { SessionStore } from '../../core/session/session-store';
import { ReportApi } from '../../reports/report-api';
import { periodPhase, todayInNorway } from '../../reports/report-labels';
import type { Period } from '../../reports/report-models';
import { REPORTING_URL } from '../../reports/report-models';
import { InboxPagination } from '../../tasks/inbox-pagination';
import {
  orderAfterClick,
  shownRange,
  type SortOrder,
} from '../../ui/sorted-pages';
import { latestAnswer } from '../../tasks/latest-answer';
import {
  OfficeOption,
  OverviewFilters,
  OverviewFilterValues,
} from './overview-filters';
import {
  OverviewPage as Overview,
  overviewUrl,
  toOverviewPage,
} from './overview-models';
import {
  apiParamsOf,
  DEFAULT_ORDER,
  filterParamsOf,
  hasFilters,
  OverviewQuery,
  overviewQueryFrom,
  OverviewSort,
  queryParamsOf,
} from './overview-query';
import { OverviewTable } from './overview-table';

/** How the caption says the sort: "sortert etter status, Ikke påbegynt først". */
const SORT_NAMES: Readonly<Record<OverviewSort, Record<SortOrder, string>>> = {
  unit: { asc: 'nummer, stigende', desc: 'nummer, synkende' },
  name: { asc: 'rapporteringsenhet, A–Å', desc: 'rapporteringsenhet, Å–A' },
  office: { asc: 'statsforvalter, A–Å', desc: 'statsforvalter, Å–A' },
  status: {
    asc: 'status, «Ikke påbegynt» først',
    desc: 'status, «Godkjent» først',
  },
  submitted: {
    desc: 'sendt inn, nyeste først',
    asc: 'sendt inn, eldste først',
  },
};

/**
 * The period to show when the URL names none: the latest one open for reporting (also after the
 * kommune deadline, until the Statsforvalter's), else the latest that has opened, else the newest.
 */
export function defaultPeriod(
  periods: readonly Period[],
  today: string,
): Period | null {
  const byOpening = [...periods].sort((a, b) =>
    b.opensOn.localeCompare(a.opensOn),
  );
  const phase = (period: Period) => periodPhase(period, today);
  return (
    byOpening.find((p) => phase(p) === 'open' || phase(p) === 'late') ??
    byOpening.find((p) => phase(p) !== 'upcoming') ??
    byOpening[0] ??
    null
  );
}

/**
 * «Oversikt»: for the Statsforvalter (its own office's units) and Bufdir (every unit), the status of
 * each reporting unit's half-year report, with filters, sorting, paging and a CSV export. The URL's
 * query is the one source of the period, filters, sort and page, as in «Oppgaver».
 */
@Component({
  selector: 'app-overview-page',
  imports: [OverviewFilters, OverviewTable, InboxPagination],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly summary =
    viewChild.required<ElementRef<HTMLElement>>('summary');
  private readonly queries = this.route.queryParamMap.pipe(
    map(overviewQueryFrom),
  );
  private readonly periods$: Observable<Period[] | null> = from(
    inject(ReportApi).periods(),
  ).pipe(
    catchError(() => of(null)),
    shareReplay(1),
  );
  /** Set by a pagination click: focus goes to that page's results once they have loaded. */
  private focusOnPage: number | null = null;

  protected readonly query = toSignal(this.queries, { requireSync: true });
  protected readonly national = computed(() =>
    seesEveryOffice(this.session.grants()),
  );
  protected readonly periods = toSignal(this.periods$, { initialValue: [] });
  protected readonly periodId = computed(() => {
    const periods = this.periods() ?? [];
    return (
      this.query().period ?? defaultPeriod(periods, todayInNorway())?.id ?? null
    );
  });
  protected readonly offices = toSignal(
    this.officesFor(this.session.grants()),
    { initialValue: [] },
  );
  protected readonly overview = latestAnswer<Overview>(
    combineLatest([this.queries, this.periods$]).pipe(
      map(([query, periods]) => {
        const id =
          query.period ?? defaultPeriod(periods ?? [], todayInNorway())?.id;
        return id ? { url: overviewUrl(id), params: apiParamsOf(query) } : null;
      }),
    ),
    toOverviewPage,
    (page) => this.focusIfChosen(page),
  );
  protected readonly shown = this.overview.value;
  protected readonly loading = this.overview.loading;
  protected readonly error = computed(() => {
    if (this.periods() === null)
      return 'Fikk ikke hentet rapporteringsperiodene. Prøv igjen om litt.';
    const error = this.overview.error();
    return error ? errorMessageOf(error) : null;
  });
  protected readonly noPeriods = computed(
    () => this.periods()?.length === 0 && this.query().period === null,
  );
  protected readonly caption = computed(() => {
    const { sort, order } = this.query();
    const name = this.shown()?.period.name ?? '';
    return `Rapporteringsenheter, ${name}, sortert etter ${SORT_NAMES[sort][order]}`;
  });
  /** The CSV of what the table shows, every page. */
  protected readonly csvHref = computed(() => {
    const id = this.periodId();
    if (!id) return null;
    const params = new HttpParams({ fromObject: filterParamsOf(this.query()) });
    return `${overviewUrl(id, true)}?${params.toString()}`;
  });
  /** The polite live region's text: loading, how many, or that there are none. */
  protected readonly status = computed(() => {
    if (this.error() || this.noPeriods()) return '';
    if (this.loading()) return 'Henter oversikten …';
    const page = this.shown();
    if (!page) return '';
    if (page.total === 0)
      return hasFilters(this.query())
        ? 'Ingen rapporteringsenheter passer med filtrene'
        : 'Ingen rapporteringsenheter';
    return shownRange(page, 'rapporteringsenheter');
  });

  protected sortBy(sort: OverviewSort): void {
    const order = orderAfterClick(sort, this.query(), DEFAULT_ORDER);
    this.go({ sort, order, page: 1 });
  }

  protected filter(values: OverviewFilterValues): void {
    this.go({ ...values, page: 1 });
  }

  protected pageChosen(page: number): void {
    this.focusOnPage = page;
  }

  /** The summary is always in the page, so it can take focus before its new text is rendered. */
  private focusIfChosen(page: Overview): void {
    if (page.page !== this.focusOnPage) return;
    this.focusOnPage = null;
    this.summary().nativeElement.focus();
  }

  private officesFor(
    grants: readonly UserGrant[],
  ): Observable<readonly OfficeOption[]> {
    if (!seesEveryOffice(grants)) return of([]);
    return this.http
      .get<unknown>(`${REPORTING_URL}/reference-data/statsforvalter-offices`)
      .pipe(
        map(toOffices),
        catchError(() => of([])),
      );
  }

  private go(change: Partial<OverviewQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryParamsOf({ ...this.query(), ...change }),
    });
  }
}

/** Bufdir and platform admins see every office and may filter by one. */
const seesEveryOffice = (grants: readonly UserGrant[]): boolean =>
  grants.some(
    (grant) =>
      (grant.role === 'bufdir' || grant.role === 'platform-admin') &&
      grant.scope.type === 'national',
  );

/** `{ items: [{ id, name }] }` → the offices, by name; anything malformed is left out. */
function toOffices(body: unknown): OfficeOption[] {
  const items =
    typeof body === 'object' && body !== null && 'items' in body
      ? (body as { items: unknown }).items
      : [];
  if (!Array.isArray(items)) return [];
  return items
    .filter(
      (item): item is OfficeOption =>
        typeof item?.id === 'string' && typeof item?.name === 'string',
    )
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
