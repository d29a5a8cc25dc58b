import { formVersion, HALVARSRAPPORT_VERSIONS } from '@bvr/report-forms';
import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { periodProblems } from '../domain/period-rules';
import {
  DEFAULT_REMINDER_LEAD_DAYS,
  FIRST_YEAR,
  LAST_YEAR,
  MAX_REMINDER_LEAD_DAYS,
  type PeriodTerms,
} from '../domain/reporting-period';

/** A missing field says so, instead of "expected number, received undefined". */
const orRequired = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : message;

/** A calendar date that exists (no 2031-02-30). */
const date = z.iso.date({
  error: orRequired('expected a date as YYYY-MM-DD'),
});
const yearMessage = `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`;
const formVersionMessage = 'must be a whole number of at least 1';
const leadDaysMessage = `must be a whole number of days from 0 to ${MAX_REMINDER_LEAD_DAYS}`;

const DATE_ORDER_FIELDS: PropertyKey[] = [
  'year',
  'half',
  'opensOn',
  'kommuneDeadline',
  'statsforvalterDeadline',
];
/** The order of the dates is checked once the body is an object and the fields compared are valid. */
const dateOrderCheckable = (payload: { issues: { path?: PropertyKey[] }[] }) =>
  payload.issues.every(
    ({ path }) =>
      path !== undefined &&
      path.length > 0 &&
      !DATE_ORDER_FIELDS.includes(path[0]),
  );

/**
 * The body of `POST /periods` and `PUT /periods/:id`: each field on its own, then the order of the dates
 * (`periodProblems`). Unknown fields are refused, so a misspelt deadline is not silently dropped.
 */
export const periodTermsSchema = z
  .strictObject({
    year: z
      .int({ error: orRequired(yearMessage) })
      .min(FIRST_YEAR, yearMessage)
      .max(LAST_YEAR, yearMessage),
    half: z.literal([1, 2], {
      error: orRequired('must be 1 (1. halvår) or 2 (2. halvår)'),
    }),
    opensOn: date,
    kommuneDeadline: date,
    statsforvalterDeadline: date,
    formVersion: z
      .int({ error: orRequired(formVersionMessage) })
      .min(1, formVersionMessage)
      .refine(
        // below 1 is already refused above: one message per problem
        (version) => version < 1 || formVersion(version) !== undefined,
        `must be a form version this service knows (${HALVARSRAPPORT_VERSIONS.map((v) => v.version).join(', ')})`,
      ),
    reminderLeadDays: z
      .int({ error: leadDaysMessage })
      .min(0, leadDaysMessage)
      .max(MAX_REMINDER_LEAD_DAYS, leadDaysMessage)
      .default(DEFAULT_REMINDER_LEAD_DAYS),
  })
  .superRefine(
    (terms, context) => {
      for (const problem of periodProblems(terms))
        context.addIssue({
          code: 'custom',
          path: [problem.field],
          message: problem.message,
        });
    },
    // Not after a malformed date (that would only repeat the problem), but after, say, a bad formVersion.
    { when: dateOrderCheckable },
  ) satisfies z.ZodType<PeriodTerms, unknown>;

/** For the OpenAPI document; the schema above is what validates. */
export class PeriodTermsRequestDto {
  @ApiProperty({ minimum: FIRST_YEAR, maximum: LAST_YEAR, example: 2023 })
  year!: number;

  @ApiProperty({
    enum: [1, 2],
    example: 1,
    description: '1 = 1. halvår (January–June), 2 = 2. halvår (July–December)',
  })
  half!: 1 | 2;

  @ApiProperty({
    format: 'date',
    example: '2023-07-03',
    description:
      'The first day units can report; after the period starts, no later than the kommune deadline',
  })
  opensOn!: string;

  @ApiProperty({
    format: 'date',
    example: '2023-08-18',
    description: 'Frist for kommunene',
  })
  kommuneDeadline!: string;

  @ApiProperty({
    format: 'date',
    example: '2023-08-25',
    description: 'Frist for Statsforvalteren; after the kommune deadline',
  })
  statsforvalterDeadline!: string;

  @ApiProperty({
    minimum: 1,
    example: 2,
    description: 'Version of the half-year form definition (libs/report-forms)',
  })
  formVersion!: number;

  @ApiProperty({
    required: false,
    minimum: 0,
    maximum: MAX_REMINDER_LEAD_DAYS,
    default: DEFAULT_REMINDER_LEAD_DAYS,
    description: 'Days before a deadline that reminder e-mails go out',
  })
  reminderLeadDays?: number;
}
