import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ schema: 'workflow', name: 'process_definition' })
export class ProcessDefinitionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() key!: string;
  @Column() version!: number;
  @Column({ type: 'text', nullable: true }) name!: string | null;
  @Column('text') xml!: string;
  @Column({ name: 'content_hash' }) contentHash!: string;
  @Column({ name: 'deployed_at', type: 'timestamptz' }) deployedAt!: Date;
  @Column({ name: 'deployed_by' }) deployedBy!: string;
  @Column({ name: 'deployed_by_name', type: 'varchar', nullable: true })
  deployedByName!: string | null;
  @Column({ name: 'change_note', type: 'varchar', nullable: true })
  changeNote!: string | null;
}
