import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'bydel' })
export class Bydel {
  @PrimaryColumn({ name: 'version_id', type: 'integer' })
  versionId!: number;

  /** Kommune number followed by two digits, e.g. `030101` for Gamle Oslo. */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  number!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'kommune_number', type: 'varchar', length: 4 })
  kommuneNumber!: string;
}
