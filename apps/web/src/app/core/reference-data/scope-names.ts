import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import type { Scope } from '@bvr/contracts';
import { firstValueFrom } from 'rxjs';
import { fallbackScopeName, scopeKey } from '../session/grant-labels';

/** Public reference data of the reporting service (no login needed). */
const REFERENCE_DATA = '/api/reporting/reference-data';

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** `{ items: [{ <key>: '…', name: '…' }] }` → key → name; anything malformed is skipped. */
function namesOf(body: unknown, key: string): ReadonlyMap<string, string> {
  const items =
    isObject(body) && Array.isArray(body['items']) ? body['items'] : [];
  const names = new Map<string, string>();
  for (const item of items) {
    const id = isObject(item) ? text(item[key]) : null;
    const name = isObject(item) ? text(item['name']) : null;
    if (id && name) names.set(id, name);
  }
  return names;
}

interface KommuneNames {
  readonly name: string | null;
  readonly bydeler: ReadonlyMap<string, string>;
}

/**
 * Names of the units, offices and fylker that grants are scoped to: "Bergen kommune", "Bydel Arna",
 * "Statsforvalteren i Vestland". Every scope gets a name; when a lookup fails it is the number.
 */
@Injectable({ providedIn: 'root' })
export class ScopeNames {
  private readonly http = inject(HttpClient);
  private readonly known = signal<ReadonlyMap<string, string>>(new Map());
  private readonly lookups = new Map<string, Promise<unknown>>();

  /** Scope key (see `scopeKey`) → name. */
  readonly names = this.known.asReadonly();

  async resolve(scopes: readonly Scope[]): Promise<void> {
    const missing = scopes.filter(
      (scope) => !this.known().has(scopeKey(scope)),
    );
    await Promise.all(
      missing.map(async (scope) => {
        const name = await this.lookUp(scope).catch(() => null);
        this.known.update((names) =>
          new Map(names).set(scopeKey(scope), name ?? fallbackScopeName(scope)),
        );
      }),
    );
  }

  private async lookUp(scope: Scope): Promise<string | null> {
    switch (scope.type) {
      case 'national':
        return 'Hele landet';
      case 'office':
        return (await this.officeNames()).get(scope.id) ?? null;
      case 'county': {
        const name = (await this.fylkeNames()).get(scope.id);
        return name ? `${name} fylke` : null;
      }
      case 'unit': {
        const kommune = await this.kommune(scope.id.slice(0, 4));
        if (scope.id.length === 4)
          return kommune.name ? `${kommune.name} kommune` : null;
        const bydel = kommune.bydeler.get(scope.id);
        return bydel ? `Bydel ${bydel}` : null;
      }
    }
  }

  private officeNames(): Promise<ReadonlyMap<string, string>> {
    return this.fetchOnce(`${REFERENCE_DATA}/statsforvalter-offices`, (body) =>
      namesOf(body, 'id'),
    );
  }

  private fylkeNames(): Promise<ReadonlyMap<string, string>> {
    return this.fetchOnce(`${REFERENCE_DATA}/fylker`, (body) =>
      namesOf(body, 'number'),
    );
  }

  /** One kommune with its bydeler: covers both a 4-digit kommune and a 6-digit bydel scope. */
  private kommune(number: string): Promise<KommuneNames> {
    return this.fetchOnce(
      `${REFERENCE_DATA}/kommuner/${encodeURIComponent(number)}`,
      (body) => {
        const kommune =
          isObject(body) && isObject(body['kommune']) ? body['kommune'] : {};
        const bydeler = Array.isArray(kommune['bydeler'])
          ? kommune['bydeler']
          : [];
        return {
          name: text(kommune['name']),
          bydeler: namesOf({ items: bydeler }, 'number'),
        };
      },
    );
  }

  /** One request per URL however many grants need it; a failed request is tried again next time. */
  private fetchOnce<T>(url: string, read: (body: unknown) => T): Promise<T> {
    let lookup = this.lookups.get(url) as Promise<T> | undefined;
    if (!lookup) {
      lookup = firstValueFrom(this.http.get<unknown>(url)).then(read);
      lookup.catch(() => this.lookups.delete(url));
      this.lookups.set(url, lookup);
    }
    return lookup;
  }
}
