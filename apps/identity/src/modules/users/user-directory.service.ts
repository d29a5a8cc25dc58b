import type { ContactDetails } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { UserNotFoundError } from './user.errors';
import { UserEntity } from './persistence/user.orm-entity';

export interface LoginIdentity {
  /** Fødselsnummer or D-nummer from the id_token's `pid`; missing for some foreign eIDs. */
  pid: string | null;
  /** `<issuer> <sub>`. */
  subject: string;
}

/** The people who use the platform: found or created at login, or when an admin grants a role by fødselsnummer. */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user behind a login: by pid when there is one, else by the provider's subject. */
  async recordLogin(identity: LoginIdentity): Promise<UserEntity> {
    return this.dataSource.transaction(async (em) => {
      const user =
        (identity.pid ? await this.lockedBy(em, 'pid', identity.pid) : null) ??
        (await this.lockedBy(em, 'subject', identity.subject));
      const now = new Date();
      if (user) {
        await em.update(UserEntity, user.id, {
          subject: identity.subject,
          lastLoginAt: now,
        });
        return { ...user, subject: identity.subject, lastLoginAt: now };
      }
      const created = newUser({ pid: identity.pid, subject: identity.subject });
      created.lastLoginAt = now;
      await em
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values(created)
        .orIgnore()
        .execute();
      // A second login of the same new person in the same instant inserted first: use that row.
      return (
        (await this.lockedBy(
          em,
          identity.pid ? 'pid' : 'subject',
          identity.pid ?? identity.subject,
        )) ?? created
      );
    });
  }

  /** The user with this fødselsnummer, created (unregistered, no login yet) when missing. */
  async findOrCreateByPid(
    em: EntityManager,
    pid: string,
    name: string | null,
  ): Promise<UserEntity> {
    await em
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(newUser({ pid, subject: null, name }))
      .orIgnore()
      .execute();
    return (await this.lockedBy(em, 'pid', pid)) as UserEntity;
  }

  async get(id: string): Promise<UserEntity> {
    const user = UUID.test(id)
      ? await this.dataSource.manager.findOneBy(UserEntity, { id })
      : null;
    if (!user) throw new UserNotFoundError(`No user ${id}`);
    return user;
  }

  async findByPid(pid: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOneBy(UserEntity, { pid });
  }

  /** "Start registrering" and "Brukerprofil": the person's name and work contact details. */
  async saveContactDetails(
    id: string,
    details: ContactDetails,
  ): Promise<UserEntity> {
    const user = await this.get(id);
    const changes = {
      name: details.name,
      email: details.email,
      phone: details.phone,
      registeredAt: user.registeredAt ?? new Date(),
    };
    await this.dataSource.manager.update(UserEntity, id, changes);
    return { ...user, ...changes };
  }

  private lockedBy(
    em: EntityManager,
    column: 'pid' | 'subject',
    value: string,
  ): Promise<UserEntity | null> {
    return em.findOne(UserEntity, {
      where: { [column]: value },
      lock: { mode: 'pessimistic_write' },
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function newUser(fields: {
  pid: string | null;
  subject: string | null;
  name?: string | null;
}): UserEntity {
  return Object.assign(new UserEntity(), {
    id: randomUUID(),
    pid: fields.pid,
    subject: fields.subject,
    name: fields.name ?? null,
    email: null,
    phone: null,
    registeredAt: null,
    createdAt: new Date(),
    lastLoginAt: null,
  });
}

export const isRegistered = (user: UserEntity) =>
  user.registeredAt !== null && user.email !== null && user.phone !== null;
