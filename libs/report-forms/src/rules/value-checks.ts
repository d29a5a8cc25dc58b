import type { FormPoint, ReportValue } from '../model/form-definition';
import { formatNumber, textLength } from './norwegian-format';
import { NUMBER_MAX, type Problem, TEXT_MAX_LENGTH } from './problem';

/** The first problem with a non-blank value for an active point, judged on the point alone. */
export function checkValue(
  point: FormPoint,
  value: ReportValue,
): Problem | undefined {
  switch (point.kind) {
    case 'count':
      return checkCount(point, value);
    case 'decimal':
      return checkDecimal(point, value);
    case 'yesNo':
      return typeof value === 'boolean'
        ? undefined
        : problem(point, 'WRONG_TYPE', `${point.id}: Svar ja eller nei.`);
    case 'text':
      return checkText(point, value);
  }
}

function checkCount(point: FormPoint, value: ReportValue): Problem | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return problem(
      point,
      'NOT_A_WHOLE_NUMBER',
      `${point.id}: Oppgi et helt tall, 0 eller større.`,
    );
  }
  return checkRange(point, value);
}

function checkDecimal(
  point: FormPoint,
  value: ReportValue,
): Problem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return problem(
      point,
      'NOT_A_NUMBER',
      `${point.id}: Oppgi et tall, 0 eller større, for eksempel 2,5.`,
    );
  }
  // Tolerance for binary floating point: 0.3 * 10 is 3.0000000000000004.
  if (Math.abs(value * 10 - Math.round(value * 10)) > 1e-6) {
    return problem(
      point,
      'TOO_MANY_DECIMALS',
      `${point.id}: Oppgi tallet med høyst én desimal, for eksempel 2,5.`,
    );
  }
  return checkRange(point, value);
}

function checkRange(point: FormPoint, value: number): Problem | undefined {
  if (value < 0) {
    return problem(
      point,
      'NEGATIVE',
      `${point.id}: Tallet kan ikke være negativt. Oppgi 0 eller større.`,
    );
  }
  if (value > NUMBER_MAX) {
    return problem(
      point,
      'TOO_LARGE',
      `${point.id}: Tallet kan ikke være større enn ${formatNumber(NUMBER_MAX)}. Sjekk at det er skrevet riktig.`,
    );
  }
  return undefined;
}

function checkText(point: FormPoint, value: ReportValue): Problem | undefined {
  if (typeof value !== 'string') {
    return problem(point, 'WRONG_TYPE', `${point.id}: Oppgi en tekst.`);
  }
  const length = textLength(value);
  if (length > TEXT_MAX_LENGTH) {
    return problem(
      point,
      'TOO_LONG',
      `${point.id}: Teksten har ${formatNumber(length)} tegn. Korte den ned til høyst ${formatNumber(TEXT_MAX_LENGTH)} tegn.`,
    );
  }
  return undefined;
}

function problem(
  point: FormPoint,
  code: Problem['code'],
  message: string,
): Problem {
  return { pointId: point.id, code, message };
}
