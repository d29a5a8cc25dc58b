import { parseGrant } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RoleGrants } from '../../grants/role-grants.service';
import { AccessApplicationsRepository } from '../persistence/access-applications.repository';
import { AccessApplicationEntity } from '../persistence/access-application.orm-entity';

export class ApplicationNotFoundError extends Error {
  override readonly name = 'ApplicationNotFoundError';
}

/**
 * "Godkjenner" Ja/Nei, recorded once: the status, and on Ja the reader grant with its audit line,
 * in one transaction. A repeated job finds the decision made and changes nothing.
 */
@Injectable()
export class RecordDecision {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: AccessApplicationsRepository,
    private readonly grants: RoleGrants,
  ) {}

  record(decision: {
    applicationId: string;
    approved: boolean;
    decidedBy: string;
  }): Promise<AccessApplicationEntity> {
    return this.dataSource.transaction(async (em) => {
      const application = await this.applications.lock(
        em,
        decision.applicationId,
      );
      if (!application)
        throw new ApplicationNotFoundError(
          `no access application ${decision.applicationId}`,
        );
      if (application.status !== 'pending') return application;
      Object.assign(application, {
        status: decision.approved ? 'approved' : 'rejected',
        decidedAt: new Date(),
        decidedBy: decision.decidedBy,
      });
      await em.update(
        AccessApplicationEntity,
        { id: application.id },
        {
          status: application.status,
          decidedAt: application.decidedAt,
          decidedBy: application.decidedBy,
        },
      );
      const grant = parseGrant(application.grant);
      if (decision.approved && grant)
        await this.grants.grantOnDecision(em, {
          userId: application.userId,
          grant,
          decidedBy: decision.decidedBy,
          reason: `Tilgangssøknad ${application.id} godkjent`,
        });
      return application;
    });
  }
}
