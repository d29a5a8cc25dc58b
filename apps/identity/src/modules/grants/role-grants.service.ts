import type { Principal } from '@bvr/auth';
import { type Grant, type Scope } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { UserDirectory } from '../users/user-directory.service';
import {
  GrantExistsError,
  GrantNotFoundError,
  NotAllowedToGrantError,
} from './grant.errors';
import { mayManage } from './grant-policy';
import { RoleAuditEntity } from './persistence/role-audit.orm-entity';
import { RoleGrantEntity } from './persistence/role-grant.orm-entity';

export interface GrantView extends Grant {
  id: string;
  userId: string;
  grantedAt: Date;
  grantedBy: string;
}

export interface GrantRequest {
  pid: string;
  name?: string;
  grant: Grant;
  reason?: string;
}

/** Grants and revokes roles; each change and its audit line are one transaction. */
@Injectable()
export class RoleGrants {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserDirectory,
  ) {}

  async grant(actor: Principal, request: GrantRequest): Promise<GrantView> {
    this.assertMayManage(actor, request.grant);
    try {
      return await this.dataSource.transaction(async (em) => {
        const user = await this.users.findOrCreateByPid(
          em,
          request.pid,
          request.name ?? null,
        );
        const row = Object.assign(new RoleGrantEntity(), {
          id: randomUUID(),
          userId: user.id,
          role: request.grant.role,
          ...scopeColumns(request.grant.scope),
          grantedAt: new Date(),
          grantedBy: actor.id,
          revokedAt: null,
          revokedBy: null,
        });
        await em.insert(RoleGrantEntity, row);
        await audit(em, actor, 'grant', row, request.reason);
        return viewOf(row);
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new GrantExistsError(
          'The person already has this role for this scope',
        );
      throw error;
    }
  }

  async revoke(
    actor: Principal,
    grantId: string,
    reason?: string,
  ): Promise<GrantView> {
    return this.dataSource.transaction(async (em) => {
      const row = await em.findOne(RoleGrantEntity, {
        where: { id: grantId, revokedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row)
        throw new GrantNotFoundError(
          `No live grant ${grantId}: it does not exist or is already revoked`,
        );
      const view = viewOf(row);
      this.assertMayManage(actor, view);
      Object.assign(row, { revokedAt: new Date(), revokedBy: actor.id });
      await em.update(RoleGrantEntity, row.id, {
        revokedAt: row.revokedAt,
        revokedBy: row.revokedBy,
      });
      await audit(em, actor, 'revoke', row, reason);
      return view;
    });
  }

  async liveGrantsOf(userId: string): Promise<GrantView[]> {
    const rows = await this.dataSource.manager.find(RoleGrantEntity, {
      where: { userId, revokedAt: IsNull() },
      order: { grantedAt: 'ASC' },
    });
    return rows.map(viewOf);
  }

  async auditOf(userId: string | undefined, limit: number) {
    return this.dataSource.manager.find(RoleAuditEntity, {
      where: userId ? { userId } : {},
      order: { id: 'DESC' },
      take: limit,
    });
  }

  private assertMayManage(actor: Principal, grant: Grant): void {
    if (!mayManage(actor, grant))
      throw new NotAllowedToGrantError(
        `You may not grant or revoke ${grant.role} for this scope`,
      );
  }
}

export function scopeColumns(scope: Scope) {
  return {
    scopeType: scope.type,
    scopeId: scope.type === 'national' ? null : scope.id,
  };
}

/** The grant a row holds. */
export function grantOf(row: RoleGrantEntity): Grant {
  const scope = (
    row.scopeType === 'national'
      ? { type: 'national' }
      : { type: row.scopeType, id: row.scopeId }
  ) as Scope;
  return { role: row.role, scope };
}

function viewOf(row: RoleGrantEntity): GrantView {
  return {
    id: row.id,
    userId: row.userId,
    ...grantOf(row),
    grantedAt: row.grantedAt,
    grantedBy: row.grantedBy,
  };
}

async function audit(
  em: EntityManager,
  actor: Principal,
  action: 'grant' | 'revoke',
  row: RoleGrantEntity,
  reason: string | undefined,
) {
  await em.insert(RoleAuditEntity, {
    at: new Date(),
    actorId: actor.id,
    action,
    grantId: row.id,
    userId: row.userId,
    role: row.role,
    scopeType: row.scopeType,
    scopeId: row.scopeId,
    reason: reason ?? null,
  });
}
