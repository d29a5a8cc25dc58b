import * as z from 'zod';
import {
  FILLED_BY,
  FORM_ID,
  type FormDefinition,
  POINT_ID_PATTERN,
  POINT_KINDS,
  PROVENANCES,
} from './form-definition';
import { definitionStructureProblems } from './definition-structure';
import { describeIssue, norwegianErrorMap } from './norwegian-issues';

const text = z.string().regex(/\S/, { error: 'Kan ikke være tom.' });

const pointId = z.string().regex(POINT_ID_PATTERN, {
  error:
    'Punktkoden må være én stor bokstav fulgt av et tall, eventuelt med underpunkt, for eksempel A3 eller A3.1.',
});

const pointSchema = z.strictObject({
  id: pointId,
  label: text,
  kind: z.enum(POINT_KINDS),
  parentId: pointId.optional(),
  filledBy: z.enum(FILLED_BY),
  required: z.boolean(),
  help: text.optional(),
  legalReference: text.optional(),
  legalReferenceProvenance: z.enum(PROVENANCES).optional(),
  provenance: z.enum(PROVENANCES),
  source: text.optional(),
  withdrawn: z.boolean().optional(),
});

const partSchema = z.strictObject({
  number: z.int().min(1),
  title: text,
  points: z.array(pointSchema),
});

/**
 * Validates a form definition version: field types, then structure (unique ids, parents that exist
 * in the same part without cycles, sub-points of the same numeric kind as their parent, …).
 * Prefer {@link parseFormDefinition}, which also gives Norwegian messages for the field checks.
 */
export const formDefinitionSchema = z
  .strictObject({
    formId: z.literal(FORM_ID),
    version: z.int().min(1),
    validFrom: z.strictObject({
      year: z.int().min(2000).max(2100),
      half: z.union([z.literal(1), z.literal(2)]),
    }),
    title: text,
    parts: z.array(partSchema).min(1),
  })
  .superRefine((definition, ctx) => {
    for (const problem of definitionStructureProblems(definition)) {
      ctx.addIssue({
        code: 'custom',
        message: problem.message,
        path: problem.path,
      });
    }
  });

export type ParseFormDefinitionResult =
  | { readonly success: true; readonly definition: FormDefinition }
  | { readonly success: false; readonly errors: readonly string[] };

/** Parses a definition edited as data (e.g. by Bufdir); bad data is refused with Norwegian messages. */
export function parseFormDefinition(input: unknown): ParseFormDefinitionResult {
  const result = formDefinitionSchema.safeParse(input, {
    error: norwegianErrorMap,
  });
  if (result.success) {
    const definition: FormDefinition = result.data;
    return { success: true, definition };
  }
  return {
    success: false,
    errors: result.error.issues.map((issue) => describeIssue(issue, input)),
  };
}
