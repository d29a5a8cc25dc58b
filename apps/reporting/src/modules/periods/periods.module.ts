import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreatePeriodHttpController } from './commands/create-period/create-period.http.controller';
import { CreatePeriodService } from './commands/create-period/create-period.service';
import { UpdatePeriodHttpController } from './commands/update-period/update-period.http.controller';
import { UpdatePeriodService } from './commands/update-period/update-period.service';
import { ReportingPeriod } from './persistence/reporting-period.orm-entity';
import { ReportingPeriodRepository } from './persistence/reporting-period.repository';
import { GetPeriodHttpController } from './queries/get-period/get-period.http.controller';
import { GetPeriodQueryHandler } from './queries/get-period/get-period.query-handler';
import { ListPeriodsHttpController } from './queries/list-periods/list-periods.http.controller';
import { ListPeriodsQueryHandler } from './queries/list-periods/list-periods.query-handler';

/**
 * Reporting periods and their deadlines ("1. halvår 2023": frist for kommunene, frist for
 * Statsforvalteren). Every logged-in user reads them; Bufdir and platform admins set them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ReportingPeriod])],
  controllers: [
    ListPeriodsHttpController,
    GetPeriodHttpController,
    CreatePeriodHttpController,
    UpdatePeriodHttpController,
  ],
  providers: [
    ReportingPeriodRepository,
    ListPeriodsQueryHandler,
    GetPeriodQueryHandler,
    CreatePeriodService,
    UpdatePeriodService,
  ],
  exports: [ReportingPeriodRepository],
})
export class PeriodsModule {}
