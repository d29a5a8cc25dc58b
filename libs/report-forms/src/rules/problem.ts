/**
 * Stable problem codes: clients branch on the code, never on the message text.
 * `NOT_A_NUMBER` and `TOO_MANY_DECIMALS` are for decimal points (årsverk), `WRONG_TYPE` for
 * yes/no and text points given a value of another type.
 */
export const PROBLEM_CODES = [
  'REQUIRED',
  'NOT_A_WHOLE_NUMBER',
  'NOT_A_NUMBER',
  'TOO_MANY_DECIMALS',
  'NEGATIVE',
  'TOO_LARGE',
  'EXCEEDS_PARENT',
  'TOO_LONG',
  'WRONG_TYPE',
  'UNKNOWN_POINT',
  'WITHDRAWN_POINT',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One thing wrong with one point, with a Norwegian message that names the point. */
export interface Problem {
  readonly pointId: string;
  readonly code: ProblemCode;
  readonly message: string;
}

/** A sanity ceiling for numbers: no reporting unit counts a million of anything in a half-year. */
export const NUMBER_MAX = 1_000_000;
/** Characters (Unicode code points), as the database counts them. */
export const TEXT_MAX_LENGTH = 4000;
