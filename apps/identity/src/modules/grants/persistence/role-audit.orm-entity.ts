import type { Role, ScopeType } from '@bvr/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line per grant and revoke: who did what to whom, when and why. Never updated. */
@Entity({ schema: 'identity', name: 'role_audit' })
export class RoleAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ name: 'actor_id', type: 'varchar', length: 200 }) actorId!: string;
  @Column({ type: 'varchar', length: 10 }) action!: 'grant' | 'revoke';
  @Column({ name: 'grant_id', type: 'uuid' }) grantId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 40 }) role!: Role;
  @Column({ name: 'scope_type', type: 'varchar', length: 10 })
  scopeType!: ScopeType;
  @Column({ name: 'scope_id', type: 'varchar', length: 40, nullable: true })
  scopeId!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!:
    | string
    | null;
}
