import type { UnitFiguresResponse } from '@bvr/contracts';
import { csvDocument, fileSlug } from '../../../../shared/csv/csv';
import { decimalComma } from '../publication-csv-format';

const HEADERS = [
  'Periode',
  'Enhetsnummer',
  'Enhet',
  'Punkt',
  'Beskrivelse',
  'Verdi',
  'Godkjent',
];

const figureText = (value: number | boolean | null | undefined): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'boolean'
      ? value
        ? 'Ja'
        : 'Nei'
      : decimalComma(value);

/** A unit's figures, one line per period and point, in form order. */
export function unitFiguresCsv({
  unit,
  points,
  periods,
}: UnitFiguresResponse): string {
  return csvDocument(
    HEADERS,
    periods.flatMap((period) =>
      points
        .filter((point) => point.id in period.values)
        .map((point) => [
          period.name,
          unit.id,
          unit.name,
          point.id,
          point.label,
          figureText(period.values[point.id]),
          period.approvedAt.slice(0, 10),
        ]),
    ),
  );
}

/** `tall-4601-bergen.csv` */
export const unitFiguresFileName = (unit: UnitFiguresResponse['unit']) =>
  `tall-${unit.id}-${fileSlug(unit.name)}.csv`;
