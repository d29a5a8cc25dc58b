/**
 * The publication portal ("Utrapportering"): figures of approved reports, key indicators over time
 * and comparisons. Shared by the reporting service (which computes them) and the SPA (which draws them).
 */

/** One side of a share: a reporting point, or a point minus its sub-point ("innen fristen" = U1 − U2). */
export interface IndicatorTerm {
  point: string;
  minus?: string;
}

export interface IndicatorDefinition {
  id: string;
  /** The indicator's name in the portal, in bokmål. */
  title: string;
  /** What it measures, one sentence for the chart's caption. */
  description: string;
  numerator: IndicatorTerm;
  denominator: IndicatorTerm;
  /** Whether a higher share is the better one, for the caption ("høyere er bedre"). */
  higherIsBetter: boolean;
}

/** The key indicators ("nøkkeltall"), from the published indicators of the half-year data. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'investigations-within-deadline',
    title: 'Undersøkelser avsluttet innen fristen',
    description:
      'Andel av undersøkelsene avsluttet i halvåret som ble avsluttet innen fristen på 3 måneder.',
    numerator: { point: 'U1', minus: 'U2' },
    denominator: { point: 'U1' },
    higherIsBetter: true,
  },
  {
    id: 'reports-reviewed-within-week',
    title: 'Meldinger gjennomgått innen én uke',
    description:
      'Andel av meldingene mottatt i halvåret som ble gjennomgått innen én uke.',
    numerator: { point: 'M2' },
    denominator: { point: 'M1' },
    higherIsBetter: true,
  },
  {
    id: 'in-home-measures-with-plan',
    title: 'Barn med hjelpetiltak som har tiltaksplan',
    description:
      'Andel av barna med hjelpetiltak på registreringstidspunktet som har tiltaksplan.',
    numerator: { point: 'A2' },
    denominator: { point: 'A1' },
    higherIsBetter: true,
  },
  {
    id: 'plans-evaluated',
    title: 'Tiltaksplaner evaluert',
    description:
      'Andel av barna med tiltaksplan og sammenhengende tiltak i 3 måneder eller mer som har fått planen evaluert i halvåret.',
    numerator: { point: 'A3.1' },
    denominator: { point: 'A3' },
    higherIsBetter: true,
  },
  {
    id: 'care-with-plan',
    title: 'Barn under omsorg som har omsorgsplan',
    description:
      'Andel av barna under omsorg på registreringstidspunktet som har omsorgsplan.',
    numerator: { point: 'O2' },
    denominator: { point: 'O1' },
    higherIsBetter: true,
  },
  {
    id: 'foster-supervision-not-met',
    title: 'Tilsyn i fosterhjem ikke oppfylt',
    description:
      'Andel av barna i fosterhjem i mer enn ett år der kravet til tilsyn ikke er oppfylt.',
    numerator: { point: 'F2' },
    denominator: { point: 'F1' },
    higherIsBetter: false,
  },
  {
    id: 'foster-follow-up-not-met',
    title: 'Oppfølgingsbesøk i fosterhjem ikke oppfylt',
    description:
      'Andel av barna i fosterhjem i mer enn ett år der kravet til oppfølgingsbesøk ikke er oppfylt.',
    numerator: { point: 'F4' },
    denominator: { point: 'F3' },
    higherIsBetter: false,
  },
];

/**
 * Small counts identify children. Outside the reader's own scope, a unit's share is suppressed when
 * its numerator, its denominator or their difference is between 1 and this threshold − 1.
 */
export const SUPPRESSION_THRESHOLD = 5;

/** At most this many units in one comparison. */
export const MAX_COMPARED_UNITS = 10;

/** A period as the portal lists it, oldest first: "1. halvår 2024". */
export interface PublishedPeriod {
  id: number;
  year: number;
  half: 1 | 2;
  name: string;
}

/** What a series stands for: a reporting unit, a county (fylke) or the whole country. */
export type SeriesSubject =
  | { type: 'unit'; id: string; name: string }
  | { type: 'county'; id: string; name: string }
  | { type: 'country'; name: 'Hele landet' };

export interface SeriesValue {
  periodId: number;
  /** `null` when suppressed or when no approved report has the figures. */
  numerator: number | null;
  denominator: number | null;
  /** numerator / denominator, 0–1; `null` when suppressed, missing, or the denominator is 0. */
  share: number | null;
  suppressed: boolean;
  /** How many approved unit reports the value sums (1 for a unit; the county's or country's count). */
  reports: number;
}

export interface IndicatorSeries {
  subject: SeriesSubject;
  values: SeriesValue[];
}

/** GET /publication/indicators/:indicatorId/series?units=4601,1103&compare=county,country */
export interface IndicatorSeriesResponse {
  indicator: IndicatorDefinition;
  periods: PublishedPeriod[];
  series: IndicatorSeries[];
  suppressionThreshold: number;
}

/** GET /publication/units/:unitId/figures: every reported figure of the unit's approved reports. */
export interface UnitFiguresResponse {
  unit: { id: string; name: string; countyId: string; countyName: string };
  /** The form's points that have a figure in some period, in form order. */
  points: Array<{ id: string; label: string; parentId: string | null }>;
  periods: Array<
    PublishedPeriod & {
      approvedAt: string;
      /** Point id → figure; a point not in that period's form version is absent. */
      values: Record<string, number | boolean | null>;
    }
  >;
}

/** GET /publication/units: the units the reader may choose, with whether their figures are in scope. */
export interface PublicationUnit {
  id: string;
  name: string;
  countyId: string;
  /** Inside the reader's scope: figures unsuppressed, and the unit's own figures page is open. */
  inScope: boolean;
}
