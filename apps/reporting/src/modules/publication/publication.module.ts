import { Module } from '@nestjs/common';
import { GetIndicatorSeriesHttpController } from './queries/get-indicator-series/get-indicator-series.http.controller';
import { GetIndicatorSeriesQueryHandler } from './queries/get-indicator-series/get-indicator-series.query-handler';
import { GetUnitFiguresHttpController } from './queries/get-unit-figures/get-unit-figures.http.controller';
import { GetUnitFiguresQueryHandler } from './queries/get-unit-figures/get-unit-figures.query-handler';
import { PublicationCatalogHttpController } from './queries/publication-catalog.http.controller';
import { PublicationCatalogQueryHandler } from './queries/publication-catalog.query-handler';
import { PublicationReadModel } from './persistence/publication.read-model';

/**
 * The publication portal ("Utrapportering"): the figures of approved reports, key indicators over
 * time and comparisons, for publication readers and Bufdir. Reads only `published_report`, which the
 * reports module writes when a report is approved (`publishApprovedReport`).
 */
@Module({
  controllers: [
    PublicationCatalogHttpController,
    GetUnitFiguresHttpController,
    GetIndicatorSeriesHttpController,
  ],
  providers: [
    PublicationReadModel,
    PublicationCatalogQueryHandler,
    GetUnitFiguresQueryHandler,
    GetIndicatorSeriesQueryHandler,
  ],
})
export class PublicationModule {}
