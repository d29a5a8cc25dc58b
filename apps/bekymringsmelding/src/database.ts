import type { ServiceDatabase } from '@bvr/service-kit';

/** The bekymringsmelding schema. Its tables arrive with the capabilities that need them. */
export const database: ServiceDatabase = {
  schema: 'bekymringsmelding',
  entities: [],
  migrations: [],
};
