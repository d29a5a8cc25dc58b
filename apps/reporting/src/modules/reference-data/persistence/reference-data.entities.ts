import { Bydel } from './bydel.orm-entity';
import { Fylke } from './fylke.orm-entity';
import { Kommune } from './kommune.orm-entity';
import { ReferenceDataVersion } from './reference-data-version.orm-entity';
import { ReportingUnit } from './reporting-unit.orm-entity';
import { StatsforvalterOffice } from './statsforvalter-office.orm-entity';

export const referenceDataEntities = [
  ReferenceDataVersion,
  StatsforvalterOffice,
  Fylke,
  Kommune,
  Bydel,
  ReportingUnit,
];
