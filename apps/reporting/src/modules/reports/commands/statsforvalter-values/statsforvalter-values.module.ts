import { Module } from '@nestjs/common';
import { ReferenceDataUnitDirectory } from '../../../reference-data/queries/office-of-unit/reference-data-unit-directory';
import { ReferenceDataModule } from '../../../reference-data/reference-data.module';
import { ReportAccess } from '../../access/report-access';
import { StatsforvalterValuesHttpController } from './statsforvalter-values.http.controller';
import { StatsforvalterValuesRepository } from './statsforvalter-values.repository';
import { StatsforvalterValuesService } from './statsforvalter-values.service';

/**
 * `PUT|GET /reports/:reportId/statsforvalter-values`: the points the Statsforvalter fills during
 * control. Its own module so that the reports module registers it with one line.
 */
@Module({
  imports: [ReferenceDataModule],
  controllers: [StatsforvalterValuesHttpController],
  providers: [
    ReferenceDataUnitDirectory,
    ReportAccess,
    StatsforvalterValuesRepository,
    StatsforvalterValuesService,
  ],
})
export class StatsforvalterValuesModule {}
