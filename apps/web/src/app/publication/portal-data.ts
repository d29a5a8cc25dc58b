import { HttpClient } from '@angular/common/http';
import { inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type {
  IndicatorSeriesResponse,
  PublicationUnit,
  UnitFiguresResponse,
} from '@bvr/contracts';
import {
  BehaviorSubject,
  catchError,
  combineLatest,
  distinctUntilChanged,
  map,
  Observable,
  of,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs';
import { GetRequest, LatestAnswer, latestAnswer } from '../tasks/latest-answer';
import { comparedUnits, type PortalQuery } from './portal-query';
import {
  toIndicatorSeries,
  toPublicationUnits,
  toUnitFigures,
} from './publication-models';
import {
  figuresUrl,
  seriesParams,
  seriesUrl,
  UNITS_URL,
} from './publication-urls';

export type UnitsState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly units: readonly PublicationUnit[] }
  | { readonly status: 'error'; readonly error: unknown };

export interface PortalData {
  readonly units: Signal<UnitsState>;
  reloadUnits(): void;
  /** The unit shown: the URL's, else the reader's own; null until the units have loaded. */
  readonly shownUnitId: Signal<string | null>;
  readonly figures: LatestAnswer<UnitFiguresResponse>;
  /** The indicator for the shown unit, its county and the whole country. */
  readonly keySeries: LatestAnswer<IndicatorSeriesResponse>;
  /** The indicator for the compared units and the whole country. */
  readonly compareSeries: LatestAnswer<IndicatorSeriesResponse>;
}

/** Another request only when its URL or parameters change, not on every change of the page's query. */
const sameRequest = (a: GetRequest | null, b: GetRequest | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The portal's answers from the reporting service, driven by the URL's query: the units once, then
 * the shown unit's figures, its key indicator and the comparison, each keeping only its latest
 * answer. Call in an injection context.
 */
export function portalData(
  queries: Observable<PortalQuery>,
  defaultUnit: (units: readonly PublicationUnit[]) => string | null,
): PortalData {
  const http = inject(HttpClient);
  const unitReloads = new BehaviorSubject<void>(undefined);
  const units$: Observable<UnitsState> = unitReloads.pipe(
    switchMap(() =>
      http.get<unknown>(UNITS_URL).pipe(
        map(
          (body): UnitsState => ({
            status: 'loaded',
            units: toPublicationUnits(body),
          }),
        ),
        catchError((error: unknown) =>
          of<UnitsState>({ status: 'error', error }),
        ),
        startWith<UnitsState>({ status: 'loading' }),
      ),
    ),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  const shownUnit$ = combineLatest([queries, units$]).pipe(
    map(([query, state]) =>
      state.status === 'loaded'
        ? (query.unit ?? defaultUnit(state.units))
        : null,
    ),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  const requests = (
    request: (query: PortalQuery, unit: string | null) => GetRequest | null,
  ) =>
    combineLatest([queries, shownUnit$]).pipe(
      map(([query, unit]) => request(query, unit)),
      distinctUntilChanged(sameRequest),
    );

  return {
    units: toSignal(units$, {
      initialValue: { status: 'loading' } as UnitsState,
    }),
    reloadUnits: () => unitReloads.next(),
    shownUnitId: toSignal(shownUnit$, { initialValue: null }),
    figures: latestAnswer(
      requests((_, unit) => (unit ? { url: figuresUrl(unit) } : null)),
      toUnitFigures,
    ),
    keySeries: latestAnswer(
      requests((query, unit) =>
        unit
          ? {
              url: seriesUrl(query.indicator),
              params: seriesParams([unit], ['county', 'country']),
            }
          : null,
      ),
      toIndicatorSeries,
    ),
    compareSeries: latestAnswer(
      requests((query, unit) => {
        const units = comparedUnits(query, unit);
        return units.length > 0
          ? {
              url: seriesUrl(query.indicator),
              params: seriesParams(units, ['country']),
            }
          : null;
      }),
      toIndicatorSeries,
    ),
  };
}
