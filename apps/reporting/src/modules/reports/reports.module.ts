import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeriodsModule } from '../periods/periods.module';
import { ReferenceDataUnitDirectory } from '../reference-data/queries/office-of-unit/reference-data-unit-directory';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { ReportAccess } from './access/report-access';
import { ReportContextLoader } from './access/report-context';
import { ReportDecisionsService } from './commands/decisions/report-decisions.service';
import { SaveDraftHttpController } from './commands/save-draft/save-draft.http.controller';
import { SaveDraftService } from './commands/save-draft/save-draft.service';
import { StatsforvalterValuesModule } from './commands/statsforvalter-values/statsforvalter-values.module';
import { SubmitReportHttpController } from './commands/submit-report/submit-report.http.controller';
import { SubmitReportService } from './commands/submit-report/submit-report.service';
import { ReportsConfig } from './messaging/reports.config';
import {
  ForwardReportWorker,
  ReturnReportWorker,
} from './workflow-tasks/report-decision.workers';
import { UnsentCommandSweeper } from './messaging/unsent-command.sweeper';
import { WorkflowCommandPublisher } from './messaging/workflow-command.publisher';
import { WorkflowCommandSender } from './messaging/workflow-command.sender';
import { ReportVersion } from './persistence/report-version.orm-entity';
import { ReportVersionRepository } from './persistence/report-version.repository';
import { Report } from './persistence/report.orm-entity';
import { ReportRepository } from './persistence/report.repository';
import { GetReportChangesQueryHandler } from './queries/get-report-changes/get-report-changes.query-handler';
import { GetReportHttpController } from './queries/get-report/get-report.http.controller';
import { ListUnitReportsHttpController } from './queries/list-unit-reports/list-unit-reports.http.controller';
import { ListUnitReportsQueryHandler } from './queries/list-unit-reports/list-unit-reports.query-handler';
import { GetReportQueryHandler } from './queries/get-report/get-report.query-handler';
import { GetReportVersionQueryHandler } from './queries/get-report-version/get-report-version.query-handler';
import { ListPeriodReportsHttpController } from './queries/list-period-reports/list-period-reports.http.controller';
import { ListPeriodReportsQueryHandler } from './queries/list-period-reports/list-period-reports.query-handler';
import { PeriodOverviewReadModel } from './queries/list-period-reports/period-overview.read-model';
import { ReadableReport } from './queries/readable-report';
import { ReportVersionsHttpController } from './queries/report-versions.http.controller';

/**
 * Half-year reports: the unit's draft, submission as frozen versions, and the workflow command each
 * submission sends (start the Statsforvalter's control, or resume it after a return). Needs the
 * `workflowCommand` queue registered (`QueueModule` in the app).
 */
@Module({})
export class ReportsModule {
  static forRoot(config: ReportsConfig): DynamicModule {
    return {
      module: ReportsModule,
      imports: [
        TypeOrmModule.forFeature([Report, ReportVersion]),
        PeriodsModule,
        ReferenceDataModule,
        StatsforvalterValuesModule,
      ],
      controllers: [
        GetReportHttpController,
        ListUnitReportsHttpController,
        SaveDraftHttpController,
        SubmitReportHttpController,
        ReportVersionsHttpController,
        ListPeriodReportsHttpController,
      ],
      providers: [
        { provide: ReportsConfig, useValue: config },
        ReferenceDataUnitDirectory,
        ReportAccess,
        ReportContextLoader,
        ReportRepository,
        ReportVersionRepository,
        ForwardReportWorker,
        ReturnReportWorker,
        WorkflowCommandPublisher,
        WorkflowCommandSender,
        UnsentCommandSweeper,
        GetReportQueryHandler,
        ListUnitReportsQueryHandler,
        SaveDraftService,
        SubmitReportService,
        ReportDecisionsService,
        ReadableReport,
        GetReportVersionQueryHandler,
        GetReportChangesQueryHandler,
        ListPeriodReportsQueryHandler,
        PeriodOverviewReadModel,
      ],
      exports: [ReportDecisionsService],
    };
  }
}
