import type { ServiceDatabase } from '@bvr/service-kit';
import { CreateReferenceData1764000000000 } from './migrations/1764000000000-create-reference-data';
import { CreateReportingPeriods1764300000000 } from './migrations/1764300000000-create-reporting-periods';
import { CreateReports1764400000000 } from './migrations/1764400000000-create-reports';
import { CreateReportStatsforvalterValues1764870000000 } from './migrations/1764870000000-create-report-statsforvalter-values';
import { CreateDeadlineReminders1764900000000 } from './migrations/1764900000000-create-deadline-reminders';
import { CreatePublishedReport1765000000000 } from './migrations/1765000000000-create-published-report';
import { AddCommandDeliveredAt1765100000000 } from './migrations/1765100000000-add-command-delivered-at';
import { ReportingPeriod } from './modules/periods/persistence/reporting-period.orm-entity';
import { referenceDataEntities } from './modules/reference-data/persistence/reference-data.entities';
import { ReportVersion } from './modules/reports/persistence/report-version.orm-entity';
import { Report } from './modules/reports/persistence/report.orm-entity';

export const database: ServiceDatabase = {
  schema: 'reporting',
  entities: [...referenceDataEntities, ReportingPeriod, Report, ReportVersion],
  migrations: [
    CreateReferenceData1764000000000,
    CreateReportingPeriods1764300000000,
    CreateReports1764400000000,
    CreateReportStatsforvalterValues1764870000000,
    CreateDeadlineReminders1764900000000,
    CreatePublishedReport1765000000000,
    AddCommandDeliveredAt1765100000000,
  ],
};
