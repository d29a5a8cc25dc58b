import { ViewColumn, ViewEntity } from 'typeorm';

export type ReportingUnitKind = 'kommune' | 'bydel';

/** The `reporting_unit` view (created by a migration): a kommune, or a bydel where the kommune has bydeler. */
@ViewEntity({ name: 'reporting_unit' })
export class ReportingUnit {
  @ViewColumn({ name: 'version_id' })
  versionId!: number;

  @ViewColumn()
  number!: string;

  @ViewColumn()
  name!: string;

  @ViewColumn()
  kind!: ReportingUnitKind;

  @ViewColumn({ name: 'kommune_number' })
  kommuneNumber!: string;

  @ViewColumn({ name: 'fylke_number' })
  fylkeNumber!: string;

  @ViewColumn({ name: 'office_id' })
  officeId!: string;
}
