import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'statsforvalter_office' })
export class StatsforvalterOffice {
  @PrimaryColumn({ name: 'version_id', type: 'integer' })
  versionId!: number;

  /** Stable slug such as `sf-oslo-viken`: offices have no official number. */
  @PrimaryColumn({ type: 'varchar', length: 60 })
  id!: string;

  @Column({ type: 'text' })
  name!: string;
}
