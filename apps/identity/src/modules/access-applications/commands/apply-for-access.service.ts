import type { Principal } from '@bvr/auth';
import { formatGrant, Role } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RoleGrants } from '../../grants/role-grants.service';
import { NotAPersonError } from '../../users/user.errors';
import {
  isRegistered,
  UserDirectory,
} from '../../users/user-directory.service';
import {
  type AccessApplicationRequest,
  routingOf,
} from '../domain/access-application';
import {
  AlreadyHasAccessError,
  ApplicationPendingError,
  NotRegisteredError,
  UnknownUnitError,
} from '../domain/access-application.errors';
import { ApplicationCommandSender } from '../messaging/application-command.sender';
import { AccessApplicationEntity } from '../persistence/access-application.orm-entity';
import { UnitReference } from '../reference-data/unit-reference';

/** "Utrapportering" for someone without access: the application, routed to whoever decides it. */
@Injectable()
export class ApplyForAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserDirectory,
    private readonly grants: RoleGrants,
    private readonly units: UnitReference,
    private readonly sender: ApplicationCommandSender,
  ) {}

  async apply(
    principal: Principal,
    request: AccessApplicationRequest,
  ): Promise<AccessApplicationEntity> {
    if (principal.kind !== 'person')
      throw new NotAPersonError('Only a person can apply for access');
    const user = await this.users.get(principal.id);
    if (!isRegistered(user) || !user.name)
      throw new NotRegisteredError(
        'Register your name and work e-mail first: the decision is sent there',
      );
    const live = await this.grants.liveGrantsOf(user.id);
    if (live.some((grant) => grant.role === Role.PUBLICATION_READER))
      throw new AlreadyHasAccessError(
        'You already have access to Utrapportering',
      );
    const unit =
      request.kind === 'external'
        ? null
        : await this.units.find(request.unitId);
    if (request.kind !== 'external' && !unit)
      throw new UnknownUnitError(
        `There is no kommune or bydel with number ${request.unitId}`,
      );
    const routing = routingOf(request, unit);
    const application = Object.assign(new AccessApplicationEntity(), {
      id: randomUUID(),
      userId: user.id,
      applicantName: user.name,
      kind: request.kind,
      represents: routing.represents,
      unitId: routing.unitId,
      officeId: routing.officeId,
      officeName: routing.officeName,
      approverGroup: routing.approverGroup,
      grant: formatGrant(routing.grant),
      status: 'pending' as const,
      submittedAt: new Date(),
      decidedAt: null,
      decidedBy: null,
      commandSentAt: null,
    });
    try {
      await this.dataSource.manager.insert(
        AccessApplicationEntity,
        application,
      );
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new ApplicationPendingError(
          'You already have an application waiting for a decision',
        );
      throw error;
    }
    await this.sender.send(application);
    return application;
  }
}
