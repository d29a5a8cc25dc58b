import type { ServiceDatabase } from '@bvr/service-kit';
import { CreateReferenceData1764000000000 } from './migrations/1764000000000-create-reference-data';
import { CreateReportingPeriods1764300000000 } from './migrations/1764300000000-create-reporting-periods';
import { ReportingPeriod } from './modules/periods/persistence/reporting-period.orm-entity';
import { referenceDataEntities } from './modules/reference-data/persistence/reference-data.entities';

export const database: ServiceDatabase = {
  schema: 'reporting',
  entities: [...referenceDataEntities, ReportingPeriod],
  migrations: [
    CreateReferenceData1764000000000,
    CreateReportingPeriods1764300000000,
  ],
};
