import type { Role, ScopeType } from '@bvr/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A role held by a user for a scope. Revoked grants stay, with who revoked them and when. */
@Entity({ schema: 'identity', name: 'role_grant' })
export class RoleGrantEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 40 }) role!: Role;
  @Column({ name: 'scope_type', type: 'varchar', length: 10 })
  scopeType!: ScopeType;
  @Column({ name: 'scope_id', type: 'varchar', length: 40, nullable: true })
  scopeId!: string | null;
  @Column({ name: 'granted_at', type: 'timestamptz' }) grantedAt!: Date;
  @Column({ name: 'granted_by', type: 'varchar', length: 200 })
  grantedBy!: string;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
  @Column({ name: 'revoked_by', type: 'varchar', length: 200, nullable: true })
  revokedBy!: string | null;
}
