import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'fylke' })
export class Fylke {
  @PrimaryColumn({ name: 'version_id', type: 'integer' })
  versionId!: number;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  number!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'office_id', type: 'varchar', length: 60 })
  officeId!: string;
}
