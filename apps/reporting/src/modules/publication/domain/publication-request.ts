import {
  INDICATORS,
  type IndicatorDefinition,
  MAX_COMPARED_UNITS,
  UNIT_ID,
} from '@bvr/contracts';
import { PublicationRequestError } from './publication.errors';

export const COMPARISONS = ['county', 'country'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export interface SeriesRequest {
  indicator: IndicatorDefinition;
  unitIds: string[];
  compare: Comparison[];
}

/** A kommune (4 digits) or bydel (6 digits); anything else is a 400. */
export function parseUnitId(value: unknown): string {
  if (typeof value === 'string' && UNIT_ID.test(value)) return value;
  throw new PublicationRequestError(
    `Ugyldig enhetsnummer «${String(value)}»: et kommunenummer har 4 sifre, et bydelsnummer 6.`,
  );
}

export function parseIndicator(value: unknown): IndicatorDefinition {
  const indicator = INDICATORS.find((candidate) => candidate.id === value);
  if (indicator) return indicator;
  throw new PublicationRequestError(
    `Ukjent nøkkeltall «${String(value)}». Gyldige nøkkeltall: ${INDICATORS.map((i) => i.id).join(', ')}.`,
  );
}

/** A comma-separated query value; `?units=a&units=b` counts the same as `?units=a,b`. */
function list(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : [value];
  return parts
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** `?units=4601,1103&compare=county,country` for one indicator. */
export function parseSeriesRequest(
  indicatorId: unknown,
  query: Record<string, unknown>,
): SeriesRequest {
  const indicator = parseIndicator(indicatorId);
  const unitIds = [...new Set(list(query['units']))];
  if (unitIds.length === 0)
    throw new PublicationRequestError(
      'Velg minst én enhet: units=kommunenummer eller bydelsnummer, kommaseparert.',
    );
  if (unitIds.length > MAX_COMPARED_UNITS)
    throw new PublicationRequestError(
      `Du kan sammenligne høyst ${MAX_COMPARED_UNITS} enheter om gangen (du valgte ${unitIds.length}).`,
    );
  unitIds.forEach(parseUnitId);
  const compare = [...new Set(list(query['compare']))];
  const unknown = compare.filter(
    (value) => !(COMPARISONS as readonly string[]).includes(value),
  );
  if (unknown.length)
    throw new PublicationRequestError(
      `Ukjent sammenligning «${unknown.join(', ')}»: velg county (fylket) og/eller country (hele landet).`,
    );
  return { indicator, unitIds, compare: compare as Comparison[] };
}
