import type { ServiceDatabase } from '@bvr/service-kit';
import { CreateReferenceData1764000000000 } from './migrations/1764000000000-create-reference-data';
import { referenceDataEntities } from './modules/reference-data/persistence/reference-data.entities';

export const database: ServiceDatabase = {
  schema: 'reporting',
  entities: [...referenceDataEntities],
  migrations: [CreateReferenceData1764000000000],
};
