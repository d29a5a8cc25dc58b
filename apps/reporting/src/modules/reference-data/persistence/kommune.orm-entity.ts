import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'kommune' })
export class Kommune {
  @PrimaryColumn({ name: 'version_id', type: 'integer' })
  versionId!: number;

  @PrimaryColumn({ type: 'varchar', length: 4 })
  number!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'fylke_number', type: 'varchar', length: 2 })
  fylkeNumber!: string;
}
