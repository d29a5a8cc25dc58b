import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { UserGrant } from '../core/session/me';
import { REPORTING_URL } from './report-models';

/** A kommune or bydel that reports, e.g. `{ id: '460101', name: 'Bydel Arna' }`. */
export interface ReportingUnit {
  readonly id: string;
  readonly name: string;
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** The unit ids of the person's «Rapportør» grants, in grant order, without repeats. */
export function reporterUnitIds(grants: readonly UserGrant[]): string[] {
  const ids = grants.flatMap((grant) =>
    grant.role === 'unit-reporter' && grant.scope.type === 'unit'
      ? [grant.scope.id]
      : [],
  );
  return [...new Set(ids)];
}

/** A kommune's answer: the kommune itself, or its bydeler where they report (Oslo, Bergen, …). */
export function unitsOfKommune(number: string, body: unknown): ReportingUnit[] {
  const kommune =
    isObject(body) && isObject(body['kommune']) ? body['kommune'] : {};
  const name = text(kommune['name']);
  const bydeler = Array.isArray(kommune['bydeler']) ? kommune['bydeler'] : [];
  if (kommune['reportsByBydel'] === true)
    return bydeler.flatMap((bydel) => {
      const id = isObject(bydel) ? text(bydel['number']) : null;
      const bydelName = isObject(bydel) ? text(bydel['name']) : null;
      return id
        ? [{ id, name: bydelName ? `Bydel ${bydelName}` : `Bydel ${id}` }]
        : [];
    });
  return [{ id: number, name: name ? `${name} kommune` : `Kommune ${number}` }];
}

/**
 * The units the person reports for. A kommune grant covers its bydeler, and where the bydeler report
 * the kommune itself does not; a lookup that fails leaves the unit as granted, by number.
 */
@Injectable({ providedIn: 'root' })
export class ReporterUnits {
  private readonly http = inject(HttpClient);

  async of(grants: readonly UserGrant[]): Promise<ReportingUnit[]> {
    const lists = await Promise.all(
      reporterUnitIds(grants).map((id) => this.expand(id)),
    );
    const seen = new Set<string>();
    return lists
      .flat()
      .filter((unit) => !seen.has(unit.id) && !!seen.add(unit.id));
  }

  private async expand(id: string): Promise<ReportingUnit[]> {
    const kommune = id.slice(0, 4);
    try {
      const body = await firstValueFrom(
        this.http.get<unknown>(
          `${REPORTING_URL}/reference-data/kommuner/${encodeURIComponent(kommune)}`,
        ),
      );
      const units = unitsOfKommune(kommune, body);
      if (id.length === 4) return units;
      return units.filter((unit) => unit.id === id).length > 0
        ? units.filter((unit) => unit.id === id)
        : [{ id, name: `Bydel ${id}` }];
    } catch {
      return [{ id, name: id.length === 6 ? `Bydel ${id}` : `Kommune ${id}` }];
    }
  }
}
