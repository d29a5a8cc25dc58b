import type { ServiceDatabase } from '@bvr/service-kit';
import { CreateBekymringsmelding1767000000000 } from './migrations/1767000000000-create-bekymringsmelding';

/** The bekymringsmelding schema; its repositories speak SQL, so no entities are registered. */
export const database: ServiceDatabase = {
  schema: 'bekymringsmelding',
  entities: [],
  migrations: [CreateBekymringsmelding1767000000000],
};
