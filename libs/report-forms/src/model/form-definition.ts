/**
 * The half-year report form (halvårsrapport) as versioned data. Plain types, no framework:
 * the SPA and the reporting service read the same definitions and evaluate the same rules.
 */

export const FORM_ID = 'halvarsrapport';

/** `decimal` holds full-time equivalents (årsverk) with at most one decimal. */
export const POINT_KINDS = ['count', 'decimal', 'yesNo', 'text'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** Who fills a point: the reporting unit (kommune, bydel, inter-municipal service) or the Statsforvalter during control. */
export const FILLED_BY = ['unit', 'statsforvalter'] as const;
export type FilledBy = (typeof FILLED_BY)[number];

/** `confirmed`: a source shows the form collects this point; `modelled`: our own modelling. */
export const PROVENANCES = ['confirmed', 'modelled'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** A stable letter code: one capital letter, a number, optional sub-levels (`A3`, `A3.1`). */
export const POINT_ID_PATTERN = /^[A-Z][1-9][0-9]*(\.[1-9][0-9]*)*$/;

/** 1. halvår is 1 January – 30 June, 2. halvår is 1 July – 31 December. */
export interface ReportPeriod {
  readonly year: number;
  readonly half: 1 | 2;
}

export interface FormPoint {
  /** Stable letter code. Never re-lettered: a withdrawn point keeps its code, and the code is never reused. */
  readonly id: string;
  /** Norwegian text shown to the person filling the form; quoted from a letter where one is known. */
  readonly label: string;
  readonly kind: PointKind;
  /** The point this one breaks down ("of those"); a numeric sub-point never exceeds its parent. */
  readonly parentId?: string;
  readonly filledBy: FilledBy;
  /** Must be filled before submission (by `filledBy`). */
  readonly required: boolean;
  /** Norwegian help text shown with the field. */
  readonly help?: string;
  /** `bvl. § 4-4` (Act of 1992) or `barnevernsloven § 3-1` (Act of 2021, from 2023). */
  readonly legalReference?: string;
  /** Whether the legal reference itself is confirmed; the point can be confirmed while its new-Act reference is not. */
  readonly legalReferenceProvenance?: Provenance;
  readonly provenance: Provenance;
  /** Which letter (seed file) or export column confirms the point, or why it was modelled. */
  readonly source?: string;
  /** Withdrawn in this version: kept with its letter, neither shown nor validated, and refuses values. */
  readonly withdrawn?: boolean;
}

export interface FormPart {
  /** "Del 4" */
  readonly number: number;
  readonly title: string;
  readonly points: readonly FormPoint[];
}

export interface FormDefinition {
  readonly formId: typeof FORM_ID;
  readonly version: number;
  /** The first period this version is used for; it applies until a later version's `validFrom`. */
  readonly validFrom: ReportPeriod;
  readonly title: string;
  readonly parts: readonly FormPart[];
}

export type ReportValue = number | boolean | string | null;

/** A report's answers keyed by point id. A missing key, `null` or blank text means "not answered". */
export type ReportValues = Readonly<Record<string, ReportValue | undefined>>;
