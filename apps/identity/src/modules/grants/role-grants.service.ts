import type { Principal } from '@bvr/auth';
import { type Grant, type Role, type Scope } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Like } from 'typeorm';
import { UserEntity } from '../users/persistence/user.orm-entity';
import { UserDirectory } from '../users/user-directory.service';
import {
  GrantExistsError,
  GrantNotFoundError,
  NotAllowedToGrantError,
  NotAllowedToListGrantsError,
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

/** A live grant with its holder, for an admin's list; the fødselsnummer is masked. */
export interface HolderGrantView extends GrantView {
  name: string | null;
  /** Birth date part only, like «010190*****»; null for a person without one. */
  pid: string | null;
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
        return viewOf(
          await insertGrant(
            em,
            user.id,
            request.grant,
            actor.id,
            request.reason,
          ),
        );
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
      await audit(em, actor.id, 'revoke', row, reason);
      return view;
    });
  }

  /**
   * Gives a grant decided elsewhere (an approved access application), inside the caller's
   * transaction. Already holding it live is not an error: the decision is then already in force.
   */
  async grantOnDecision(
    em: EntityManager,
    decision: {
      userId: string;
      grant: Grant;
      decidedBy: string;
      reason: string;
    },
  ): Promise<void> {
    const live = await em.existsBy(RoleGrantEntity, {
      userId: decision.userId,
      role: decision.grant.role,
      ...scopeColumnsForQuery(decision.grant.scope),
      revokedAt: IsNull(),
    });
    if (live) return;
    await insertGrant(
      em,
      decision.userId,
      decision.grant,
      decision.decidedBy,
      decision.reason,
    );
  }

  async liveGrantsOf(userId: string): Promise<GrantView[]> {
    const rows = await this.dataSource.manager.find(RoleGrantEntity, {
      where: { userId, revokedAt: IsNull() },
      order: { grantedAt: 'ASC' },
    });
    return rows.map(viewOf);
  }

  /**
   * The live grants of a role for a unit: the unit itself and, for a kommune, its bydeler. A platform
   * admin may list any; others only what they may manage (a service admin their own caseworkers).
   */
  async liveGrantsForUnit(
    actor: Principal,
    role: Role,
    unitId: string,
  ): Promise<HolderGrantView[]> {
    if (!mayManage(actor, { role, scope: { type: 'unit', id: unitId } }))
      throw new NotAllowedToListGrantsError(
        `You may not list ${role} grants for unit ${unitId}`,
      );
    const live = { role, scopeType: 'unit' as const, revokedAt: IsNull() };
    const rows = await this.dataSource.manager.find(RoleGrantEntity, {
      where: [
        { ...live, scopeId: unitId },
        // A kommune's bydeler: its number and two more digits.
        ...(unitId.length === 4
          ? [{ ...live, scopeId: Like(`${unitId}__`) }]
          : []),
      ],
      order: { scopeId: 'ASC', grantedAt: 'ASC' },
    });
    const userIds = [...new Set(rows.map((row) => row.userId))];
    const users = userIds.length
      ? await this.dataSource.manager.find(UserEntity, {
          where: { id: In(userIds) },
          select: { id: true, name: true, pid: true },
        })
      : [];
    const byId = new Map(users.map((user) => [user.id, user]));
    return rows.map((row) => ({
      ...viewOf(row),
      name: byId.get(row.userId)?.name ?? null,
      pid: maskPid(byId.get(row.userId)?.pid ?? null),
    }));
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

/** Keeps the birth date (six digits) and hides the personal number. */
export function maskPid(pid: string | null): string | null {
  return pid ? `${pid.slice(0, 6)}*****` : null;
}

function scopeColumnsForQuery(scope: Scope) {
  const { scopeType, scopeId } = scopeColumns(scope);
  return { scopeType, scopeId: scopeId ?? IsNull() };
}

async function insertGrant(
  em: EntityManager,
  userId: string,
  grant: Grant,
  actorId: string,
  reason: string | undefined,
): Promise<RoleGrantEntity> {
  const row = Object.assign(new RoleGrantEntity(), {
    id: randomUUID(),
    userId,
    role: grant.role,
    ...scopeColumns(grant.scope),
    grantedAt: new Date(),
    grantedBy: actorId,
    revokedAt: null,
    revokedBy: null,
  });
  await em.insert(RoleGrantEntity, row);
  await audit(em, actorId, 'grant', row, reason);
  return row;
}

async function audit(
  em: EntityManager,
  actorId: string,
  action: 'grant' | 'revoke',
  row: RoleGrantEntity,
  reason: string | undefined,
) {
  await em.insert(RoleAuditEntity, {
    at: new Date(),
    actorId,
    action,
    grantId: row.id,
    userId: row.userId,
    role: row.role,
    scopeType: row.scopeType,
    scopeId: row.scopeId,
    reason: reason ?? null,
  });
}
