import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { referenceDataEntities } from './persistence/reference-data.entities';
import { ReferenceDataVersionRepository } from './persistence/reference-data-version.repository';
import { ReferenceDataRepository } from './persistence/reference-data.repository';
import { AsOfResolver } from './queries/as-of.resolver';
import { FindKommunerHttpController } from './queries/find-kommuner/find-kommuner.http.controller';
import { FindKommunerQueryHandler } from './queries/find-kommuner/find-kommuner.query-handler';
import { GetKommuneHttpController } from './queries/get-kommune/get-kommune.http.controller';
import { GetKommuneQueryHandler } from './queries/get-kommune/get-kommune.query-handler';
import { ListFylkerHttpController } from './queries/list-fylker/list-fylker.http.controller';
import { ListFylkerQueryHandler } from './queries/list-fylker/list-fylker.query-handler';
import { ListOfficeKommunerHttpController } from './queries/list-office-kommuner/list-office-kommuner.http.controller';
import { ListOfficeKommunerQueryHandler } from './queries/list-office-kommuner/list-office-kommuner.query-handler';
import { ListReportingUnitsHttpController } from './queries/list-reporting-units/list-reporting-units.http.controller';
import { ListReportingUnitsQueryHandler } from './queries/list-reporting-units/list-reporting-units.query-handler';
import { ListStatsforvalterOfficesHttpController } from './queries/list-statsforvalter-offices/list-statsforvalter-offices.http.controller';
import { ListStatsforvalterOfficesQueryHandler } from './queries/list-statsforvalter-offices/list-statsforvalter-offices.query-handler';

/**
 * Read-only HTTP API over the versioned reference data (fylker, Statsforvalter offices, kommuner,
 * bydeler, reporting units). It is public, non-sensitive data, so the controllers are `@PublicRoute()`.
 * Data is written only by the `seed` command. The repositories are exported for
 * `ReferenceDataUnitDirectory`, which the auth module builds to resolve office grants, and with
 * `AsOfResolver` for the reports module.
 */
@Module({
  imports: [TypeOrmModule.forFeature(referenceDataEntities)],
  controllers: [
    ListFylkerHttpController,
    ListStatsforvalterOfficesHttpController,
    ListOfficeKommunerHttpController,
    FindKommunerHttpController,
    GetKommuneHttpController,
    ListReportingUnitsHttpController,
  ],
  providers: [
    ReferenceDataVersionRepository,
    ReferenceDataRepository,
    AsOfResolver,
    ListFylkerQueryHandler,
    ListStatsforvalterOfficesQueryHandler,
    ListOfficeKommunerQueryHandler,
    FindKommunerQueryHandler,
    GetKommuneQueryHandler,
    ListReportingUnitsQueryHandler,
  ],
  exports: [
    ReferenceDataVersionRepository,
    ReferenceDataRepository,
    AsOfResolver,
  ],
})
export class ReferenceDataModule {}
