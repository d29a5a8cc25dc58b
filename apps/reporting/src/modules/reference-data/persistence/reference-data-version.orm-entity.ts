import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One complete load of the reference data; never changed after it is written. */
@Entity({ name: 'reference_data_version' })
export class ReferenceDataVersion {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  /** `YYYY-MM-DD`; TypeORM reads a `date` column as a string, so no time zone can shift it. */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ name: 'loaded_at', type: 'timestamptz', default: () => 'now()' })
  loadedAt!: Date;
}
