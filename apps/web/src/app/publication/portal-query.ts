import type { ParamMap, Params } from '@angular/router';
import {
  INDICATORS,
  MAX_COMPARED_UNITS,
  type PublicationUnit,
  type Scope,
} from '@bvr/contracts';

/** What the portal shows; the URL's query holds it, so back, reload and links keep the choice. */
export interface PortalQuery {
  /** Null: the reader's own unit. */
  readonly unit: string | null;
  readonly indicator: string;
  /** Null: nothing chosen yet, the shown unit is compared; empty: the reader removed them all. */
  readonly compare: readonly string[] | null;
}

const UNIT_ID = /^\d{4}(\d{2})?$/;

/** Reads the query leniently: a hand-edited URL falls back to the defaults, never to an error. */
export function portalQueryFrom(params: ParamMap): PortalQuery {
  const unit = params.get('enhet');
  const indicator = params.get('nokkeltall');
  const compare = params.get('sammenlign');
  return {
    unit: unit && UNIT_ID.test(unit) ? unit : null,
    indicator: INDICATORS.some((known) => known.id === indicator)
      ? (indicator as string)
      : INDICATORS[0].id,
    compare:
      compare === null
        ? null
        : [...new Set(compare.split(','))]
            .filter((id) => UNIT_ID.test(id))
            .slice(0, MAX_COMPARED_UNITS),
  };
}

/** The URL query, leaving out defaults so that links stay short. */
export function portalParamsOf(query: PortalQuery): Params {
  return {
    enhet: query.unit,
    nokkeltall: query.indicator === INDICATORS[0].id ? null : query.indicator,
    sammenlign: query.compare === null ? null : query.compare.join(','),
  };
}

/**
 * The unit shown first: the reader's own unit when the grant is for one, else the first unit in
 * scope by number (a county's first number is its administrative centre, e.g. 4601 Bergen), else
 * the first unit.
 */
export function defaultUnit(
  units: readonly PublicationUnit[],
  scopes: readonly Scope[],
): PublicationUnit | null {
  const own = scopes.flatMap((scope) =>
    scope.type === 'unit' ? [scope.id] : [],
  );
  const byNumber = [...units].sort((a, b) => a.id.localeCompare(b.id));
  return (
    byNumber.find((unit) => own.includes(unit.id)) ??
    byNumber.find((unit) => unit.inScope) ??
    byNumber[0] ??
    null
  );
}

/** The units compared: those chosen, or the shown unit while nothing is chosen. */
export function comparedUnits(
  query: PortalQuery,
  shownUnit: string | null,
): readonly string[] {
  return query.compare ?? (shownUnit ? [shownUnit] : []);
}
