import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from '../../../shared/json-column';

export type DefinitionAuditAction = 'deployed' | 'migrated';

/** Who deployed a version, or migrated an instance onto one, and when. */
@Entity({ schema: 'workflow', name: 'definition_audit' })
export class DefinitionAuditEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar' }) action!: DefinitionAuditAction;
  @Column({ name: 'definition_key' }) definitionKey!: string;
  @Column() version!: number;
  @Column() actor!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'jsonb' }) details!: JsonObject;
  /** Insertion order: rows written at the same instant (one clock reading) still read in order. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  seq!: string;
}
