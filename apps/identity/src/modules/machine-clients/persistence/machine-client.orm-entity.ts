import type { JWK } from 'jose';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A case system (fagsystem) that reports by machine for one kommune, proving itself with a key pair. */
@Entity({ schema: 'identity', name: 'machine_client' })
export class MachineClientEntity {
  /** The client id: the `iss` of its assertions. */
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'org_number', type: 'char', length: 9 }) orgNumber!: string;
  /** The kommune or bydel it reports for. */
  @Column({ name: 'unit_id', type: 'varchar', length: 6 }) unitId!: string;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk!: JWK;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
