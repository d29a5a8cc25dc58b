import type { SeriesValue } from '@bvr/contracts';

// Norwegian number format: decimal comma, a (non-breaking) space between thousands.
const WHOLE = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('nb-NO', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** What a table shows for a suppressed share. */
export const SUPPRESSED_TEXT = 'Skjult';
/** What a table shows where there is no figure. */
export const MISSING_TEXT = '–';

/** «1 234», «12,5». */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? WHOLE.format(value) : DECIMAL.format(value);
}

/** A share 0–1 as «84,2 %». */
export function formatPercent(share: number): string {
  return PERCENT.format(share);
}

/** A reported figure: a number, «Ja»/«Nei», or «–» when the point has none. */
export function formatFigure(
  value: number | boolean | null | undefined,
): string {
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  if (typeof value === 'number') return formatNumber(value);
  return MISSING_TEXT;
}

/** One cell of an indicator table: the share, «Skjult», or «–». */
export function formatShare(value: SeriesValue | undefined): string {
  if (!value) return MISSING_TEXT;
  if (value.suppressed) return SUPPRESSED_TEXT;
  return value.share === null ? MISSING_TEXT : formatPercent(value.share);
}

/** «123 av 146», the counts behind a share, or '' when they are hidden or missing. */
export function formatCounts(value: SeriesValue | undefined): string {
  if (!value || value.suppressed) return '';
  if (value.numerator === null || value.denominator === null) return '';
  return `${formatNumber(value.numerator)} av ${formatNumber(value.denominator)}`;
}

/** Why a share can be «Skjult», with the threshold the service applied. */
export function suppressionNote(threshold: number): string {
  return (
    `«${SUPPRESSED_TEXT}»: andelen vises ikke fordi telleren, nevneren eller differansen mellom dem ` +
    `er mellom 1 og ${formatNumber(threshold - 1)}. Så små tall kan gjøre det mulig å kjenne igjen barn. ` +
    'Tall for kommuner og bydeler i ditt eget område vises alltid.'
  );
}

/** Why a cell can be «–». */
export const MISSING_NOTE = `«${MISSING_TEXT}»: ingen godkjent rapport med tallene, eller ingen barn eller saker å regne andelen av.`;
