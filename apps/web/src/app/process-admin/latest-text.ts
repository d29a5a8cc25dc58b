import { HttpClient } from '@angular/common/http';
import { computed, inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  catchError,
  distinctUntilChanged,
  map,
  Observable,
  of,
  startWith,
  switchMap,
} from 'rxjs';

type State =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'resolved'; readonly text: string }
  | { readonly status: 'error'; readonly error: unknown };

export interface LatestText {
  readonly value: Signal<string | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<unknown>;
}

/**
 * GETs each URL as text (the BPMN XML is not JSON) and keeps only the latest answer; `null` is no
 * request. `latestAnswer`'s twin for text. Call in an injection context.
 */
export function latestText(urls: Observable<string | null>): LatestText {
  const http = inject(HttpClient);
  const state = toSignal(
    urls.pipe(
      distinctUntilChanged(),
      switchMap((url) =>
        url === null
          ? of<State>({ status: 'idle' })
          : http.get(url, { responseType: 'text' }).pipe(
              map((text): State => ({ status: 'resolved', text })),
              catchError((error: unknown) =>
                of<State>({ status: 'error', error }),
              ),
              startWith<State>({ status: 'loading' }),
            ),
      ),
    ),
    { initialValue: { status: 'idle' } as State },
  );
  return {
    value: computed(() => {
      const current = state();
      return current.status === 'resolved' ? current.text : null;
    }),
    loading: computed(() => state().status === 'loading'),
    error: computed(() => {
      const current = state();
      return current.status === 'error' ? current.error : null;
    }),
  };
}
