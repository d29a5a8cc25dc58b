import { DOCUMENT, inject, Injectable } from '@angular/core';

/**
 * The browser's location and session storage behind one injectable, so that full-page navigations
 * (login, logout) can be replaced in tests.
 */
@Injectable({ providedIn: 'root' })
export class BrowserLocation {
  private readonly window = inject(DOCUMENT).defaultView;

  /** Leaves the SPA: a full-page navigation. */
  assign(url: string): void {
    this.window?.location.assign(url);
  }

  /** The current path and query, e.g. `/oppgaver?side=2`. */
  pathWithQuery(): string {
    const location = this.window?.location;
    return location ? location.pathname + location.search : '/';
  }

  origin(): string {
    return this.window?.location.origin ?? '';
  }

  /** Session storage can be missing or throw (privacy modes); then the value is simply not kept. */
  readSession(key: string): string | null {
    try {
      return this.window?.sessionStorage.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  writeSession(key: string, value: string | null): void {
    try {
      if (value === null) this.window?.sessionStorage.removeItem(key);
      else this.window?.sessionStorage.setItem(key, value);
    } catch {
      // Not kept: only the login loop protection depends on it.
    }
  }
}
