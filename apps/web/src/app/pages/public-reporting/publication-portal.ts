import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  INDICATORS,
  MAX_COMPARED_UNITS,
  type PublicationUnit,
} from '@bvr/contracts';
import { map } from 'rxjs';
import { errorMessageOf } from '../../core/http/error-messages';
import { SessionStore } from '../../core/session/session-store';
import { seriesCaption } from '../../publication/chart-summary';
import { ComparedUnits } from '../../publication/compared-units';
import { FiguresTable } from '../../publication/figures-table';
import { portalData } from '../../publication/portal-data';
import {
  comparedUnits,
  defaultUnit,
  portalParamsOf,
  PortalQuery,
  portalQueryFrom,
} from '../../publication/portal-query';
import {
  figuresUrl,
  seriesParams,
  seriesUrl,
  withQuery,
} from '../../publication/publication-urls';
import { hasAnyShare } from '../../publication/series-rows';
import { SeriesView } from '../../publication/series-view';
import { UnitPicker } from '../../publication/unit-picker';

/** A failed request as a sentence, or null. */
const messageOf = (error: unknown): string | null =>
  error ? errorMessageOf(error) : null;

/**
 * The portal of «Utrapportering»: a unit's reported figures, key indicators over time against its
 * county and the whole country, and a comparison of chosen units. The URL's query holds the unit,
 * the indicator and the compared units, as in «Oversikt».
 */
@Component({
  selector: 'app-publication-portal',
  imports: [UnitPicker, FiguresTable, SeriesView, ComparedUnits],
  templateUrl: './publication-portal.html',
  styleUrl: './publication-portal.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicationPortal {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly queries = this.route.queryParamMap.pipe(
    map(portalQueryFrom),
  );
  private readonly data = portalData(this.queries, (units) =>
    this.defaultUnitOf(units),
  );

  protected readonly maxCompared = MAX_COMPARED_UNITS;
  protected readonly indicators = INDICATORS;
  protected readonly hasAnyShare = hasAnyShare;
  protected readonly query = toSignal(this.queries, { requireSync: true });
  protected readonly unitsState = this.data.units;
  protected readonly units = computed(() => {
    const state = this.unitsState();
    return state.status === 'loaded' ? state.units : [];
  });
  protected readonly unitsError = computed(() => {
    const state = this.unitsState();
    return state.status === 'error' ? errorMessageOf(state.error) : null;
  });
  protected readonly shownUnitId = this.data.shownUnitId;
  protected readonly shownUnit = computed(
    () => this.units().find((unit) => unit.id === this.shownUnitId()) ?? null,
  );
  protected readonly indicator = computed(
    () =>
      INDICATORS.find((known) => known.id === this.query().indicator) ??
      INDICATORS[0],
  );
  protected readonly comparedIds = computed(() =>
    comparedUnits(this.query(), this.shownUnitId()),
  );

  protected readonly figures = this.data.figures;
  /** Outside the reader's scope the service answers 403: a message instead of the table. */
  protected readonly figuresForbidden = computed(() => {
    const error = this.figures.error();
    return error instanceof HttpErrorResponse && error.status === 403;
  });
  protected readonly figuresError = computed(() =>
    this.figuresForbidden() ? null : messageOf(this.figures.error()),
  );
  protected readonly figuresCaption = computed(
    () =>
      `Rapporterte tall for ${this.figures.value()?.unit.name ?? ''}, nyeste periode først`,
  );
  protected readonly figuresCsv = computed(() => {
    const id = this.shownUnitId();
    return id ? figuresUrl(id, true) : null;
  });

  protected readonly keySeries = this.data.keySeries;
  protected readonly keySeriesError = computed(() =>
    messageOf(this.keySeries.error()),
  );
  protected readonly keyCaption = computed(() =>
    seriesCaption(this.keySeries.value(), 'andel i prosent for'),
  );
  protected readonly keyCsv = computed(() => {
    const id = this.shownUnitId();
    return withQuery(
      seriesUrl(this.query().indicator, true),
      seriesParams(id ? [id] : [], ['county', 'country']),
    );
  });

  protected readonly compareSeries = this.data.compareSeries;
  protected readonly compareSeriesError = computed(() =>
    messageOf(this.compareSeries.error()),
  );
  protected readonly compareCaption = computed(() =>
    seriesCaption(this.compareSeries.value(), 'sammenligning av'),
  );
  protected readonly compareCsv = computed(() =>
    withQuery(
      seriesUrl(this.query().indicator, true),
      seriesParams(this.comparedIds(), ['country']),
    ),
  );

  protected reloadUnits(): void {
    this.data.reloadUnits();
  }

  protected unitChosen(unit: string): void {
    this.go({ unit });
  }

  protected indicatorChosen(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const indicator = data.get('indicator');
    if (typeof indicator === 'string') this.go({ indicator });
  }

  protected comparedChanged(compare: readonly string[]): void {
    this.go({ compare });
  }

  private go(change: Partial<PortalQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: portalParamsOf({ ...this.query(), ...change }),
    });
  }

  /** A reader's own unit when granted one, else the first in scope (see `defaultUnit`). */
  private defaultUnitOf(units: readonly PublicationUnit[]): string | null {
    const scopes = this.session
      .grants()
      .filter((grant) => grant.role === 'publication-reader')
      .map((grant) => grant.scope);
    return defaultUnit(units, scopes)?.id ?? null;
  }
}
