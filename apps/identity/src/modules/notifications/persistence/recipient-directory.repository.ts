import { Role } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from '../../users/persistence/user.orm-entity';
import type {
  DirectoryUser,
  RecipientDirectory,
} from '../domain/resolve-audience';

/** Users by live grant, read from identity's own tables; revoked grants never count. */
@Injectable()
export class RecipientDirectoryRepository implements RecipientDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  caseworkersOf(officeId: string): Promise<DirectoryUser[]> {
    return this.withLiveGrant(Role.STATSFORVALTER_CASEWORKER, 'office', [
      officeId,
    ]);
  }

  /** A kommune grant covers its bydeler (as it does for access), so a bydel's audience includes them. */
  reportersOf(unitId: string): Promise<DirectoryUser[]> {
    const units = unitId.length === 6 ? [unitId, unitId.slice(0, 4)] : [unitId];
    return this.withLiveGrant(Role.UNIT_REPORTER, 'unit', units);
  }

  bufdirUsers(): Promise<DirectoryUser[]> {
    return this.withLiveGrant(Role.BUFDIR, 'national', null);
  }

  async user(userId: string): Promise<DirectoryUser | null> {
    const user = await this.dataSource.manager.findOneBy(UserEntity, {
      id: userId,
    });
    return user && directoryUser(user);
  }

  private async withLiveGrant(
    role: Role,
    scopeType: 'office' | 'unit' | 'national',
    /** `null` for a national grant, which has no scope id. */
    scopeIds: string[] | null,
  ): Promise<DirectoryUser[]> {
    const inScope = scopeIds ? 'AND g.scope_id IN (:...scopeIds)' : '';
    const users = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'user')
      .where(
        `EXISTS (SELECT 1 FROM identity.role_grant g
           WHERE g.user_id = "user".id AND g.revoked_at IS NULL
             AND g.role = :role AND g.scope_type = :scopeType ${inScope})`,
        { role, scopeType, scopeIds },
      )
      .orderBy('user.id')
      .getMany();
    return users.map(directoryUser);
  }
}

const directoryUser = (user: UserEntity): DirectoryUser => ({
  id: user.id,
  email: user.email,
  registeredAt: user.registeredAt,
});
