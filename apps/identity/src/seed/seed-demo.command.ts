import { formatGrant, parseGrant } from '@bvr/contracts';
import { dataSourceOptions } from '@bvr/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Env } from '../config/env';
import { database } from '../database';
import { RoleAuditEntity } from '../modules/grants/persistence/role-audit.orm-entity';
import { RoleGrantEntity } from '../modules/grants/persistence/role-grant.orm-entity';
import { grantOf, scopeColumns } from '../modules/grants/role-grants.service';
import { UserEntity } from '../modules/users/persistence/user.orm-entity';
import { DEMO_USERS, demoEmail, demoPhone, type DemoUser } from './demo-users';

const SEED_ACTOR = 'seed';

/** `node main.js seed`: the demo's people and roles. Idempotent; refused in production. */
export async function seedDemoCommand(env: Env): Promise<void> {
  if (env.NODE_ENV === 'production')
    throw new Error('demo users are never seeded in production');
  const dataSource = new DataSource(
    dataSourceOptions(env.DATABASE_URL, database, 'identity-seed'),
  );
  await dataSource.initialize();
  try {
    let granted = 0;
    await dataSource.transaction(async (em) => {
      for (const [index, demo] of DEMO_USERS.entries())
        granted += await seedUser(em, demo, index + 1);
    });
    process.stdout.write(
      `identity: ${DEMO_USERS.length} demo users, ${granted} new grant(s)\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

async function seedUser(em: EntityManager, demo: DemoUser, index: number) {
  const now = new Date();
  await em
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values({
      id: randomUUID(),
      pid: demo.pid,
      subject: null,
      name: demo.registered ? demo.name : null,
      email: demo.registered ? demoEmail(demo) : null,
      phone: demo.registered ? demoPhone(index) : null,
      registeredAt: demo.registered ? now : null,
      createdAt: now,
      lastLoginAt: null,
    })
    .orIgnore()
    .execute();
  const user = (await em.findOneBy(UserEntity, {
    pid: demo.pid,
  })) as UserEntity;
  const live = await em.findBy(RoleGrantEntity, {
    userId: user.id,
    revokedAt: IsNull(),
  });
  const held = new Set(live.map((row) => formatGrant(grantOf(row))));
  let granted = 0;
  for (const text of demo.grants.filter((g) => !held.has(g))) {
    const grant = parseGrant(text);
    if (!grant) throw new Error(`demo grant ${text} is not valid`);
    const row = {
      id: randomUUID(),
      userId: user.id,
      role: grant.role,
      ...scopeColumns(grant.scope),
      grantedAt: now,
      grantedBy: SEED_ACTOR,
      revokedAt: null,
      revokedBy: null,
    };
    await em.insert(RoleGrantEntity, row);
    await em.insert(RoleAuditEntity, {
      at: now,
      actorId: SEED_ACTOR,
      action: 'grant',
      grantId: row.id,
      userId: user.id,
      role: row.role,
      scopeType: row.scopeType,
      scopeId: row.scopeId,
      reason: 'demo data',
    });
    granted += 1;
  }
  return granted;
}
