import * as z from 'zod';
import type { FormKey } from './workflow-catalog';

/** «Melding til kommunen ved ikke godkjent rapport»: what the form's counter counts down from. */
export const RETURN_MESSAGE_MAX_LENGTH = 4000;

/**
 * What completing a task of a form key must carry. The workflow refuses anything else before the
 * process moves, so a model's gateway never sees a decision the form could not have produced.
 */
export const formOutcomes: Partial<Record<FormKey, z.ZodType>> = {
  'halvarsrapport:kontroll': z
    .object({
      approved: z.boolean({
        error: 'approved must be true (Ja) or false (Nei)',
      }),
      returnMessage: z
        .string()
        .max(
          RETURN_MESSAGE_MAX_LENGTH,
          `returnMessage has at most ${RETURN_MESSAGE_MAX_LENGTH} characters`,
        )
        .optional(),
    })
    .refine((outcome) => outcome.approved || !!outcome.returnMessage?.trim(), {
      message: 'returnMessage is required when the report is not approved',
      path: ['returnMessage'],
    }),
  'tilgangssoknad:behandle': z.object({
    approved: z.boolean({
      error: 'approved must be true (Ja) or false (Nei)',
    }),
  }),
};
