import { fodselsnummerProblem } from '@bvr/contracts';
import { z } from 'zod';

export const fodselsnummerSchema = z
  .string()
  .trim()
  .refine(
    (value) => fodselsnummerProblem(value) === undefined,
    'expected an 11-digit fødselsnummer with valid check digits',
  );
