import { UNIT_ID } from '@bvr/contracts';
import { z } from 'zod';

export { periodIdSchema } from '../../periods/queries/period.dto';

export const unitIdSchema = z
  .string()
  .regex(UNIT_ID, 'expected a kommune (4 digits) or bydel (6 digits) number');

export const reportIdSchema = z.uuid('expected a report id (a UUID)');

export const versionNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, 'expected a version number (1, 2, …)')
  .transform(Number);
