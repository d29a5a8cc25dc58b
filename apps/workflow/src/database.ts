import type { ServiceDatabase } from '@bvr/service-kit';

/** The workflow schema. Its tables arrive with the capabilities that need them. */
export const database: ServiceDatabase = {
  schema: 'workflow',
  entities: [],
  migrations: [],
};
