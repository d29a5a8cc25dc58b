import type { ServiceDatabase } from '@bvr/service-kit';

/** The identity schema. Its tables arrive with the capabilities that need them. */
export const database: ServiceDatabase = {
  schema: 'identity',
  entities: [],
  migrations: [],
};
