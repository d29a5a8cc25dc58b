import { Injectable, signal } from '@angular/core';

/**
 * Where «Tilbake til oppgaver» goes: the inbox as the person last saw it (tab, filters, sort and
 * page), so coming back from a task does not start the search over.
 */
@Injectable({ providedIn: 'root' })
export class InboxReturn {
  private readonly last = signal('/oppgaver');

  readonly url = this.last.asReadonly();

  remember(url: string): void {
    if (url.startsWith('/oppgaver')) this.last.set(url);
  }
}
