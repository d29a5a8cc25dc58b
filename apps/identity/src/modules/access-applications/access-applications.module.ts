import { type QueueContract, workflowCommand } from '@bvr/contracts';
import { DynamicModule, Module } from '@nestjs/common';
import { RoleGrants } from '../grants/role-grants.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { UserDirectory } from '../users/user-directory.service';
import { ApplyForAccess } from './commands/apply-for-access.service';
import { RecordDecision } from './commands/record-decision.service';
import { AccessApplicationsHttpController } from './http/access-applications.http.controller';
import { AccessApplicationsConfig } from './access-applications.config';
import { ApplicationCommandSender } from './messaging/application-command.sender';
import { UnsentApplicationSweeper } from './messaging/unsent-application.sweeper';
import { AccessApplicationsRepository } from './persistence/access-applications.repository';
import {
  ReportingUnitReference,
  UnitReference,
} from './reference-data/unit-reference';
import {
  applicationReceivedTask,
  decisionNotifiedTask,
  NotifyApplicationReceivedWorker,
  NotifyDecisionWorker,
  RecordDecisionWorker,
  recordDecisionTask,
} from './workers/access-application.workers';

/** The queues this module consumes from or produces to; the app registers them. */
export const accessApplicationQueues: QueueContract[] = [
  workflowCommand,
  applicationReceivedTask,
  recordDecisionTask,
  decisionNotifiedTask,
];

/** Applications for access to «Utrapportering», decided in the `tilgangssoknad` process. */
@Module({
  imports: [NotificationsModule],
  controllers: [AccessApplicationsHttpController],
  providers: [
    AccessApplicationsRepository,
    UserDirectory,
    RoleGrants,
    ApplyForAccess,
    RecordDecision,
    ApplicationCommandSender,
    UnsentApplicationSweeper,
    NotifyApplicationReceivedWorker,
    RecordDecisionWorker,
    NotifyDecisionWorker,
  ],
})
export class AccessApplicationsModule {
  /** `reportingUrl`: where the reference data that routes an application is read. */
  static register(
    reportingUrl: string,
    config: AccessApplicationsConfig,
  ): DynamicModule {
    return {
      module: AccessApplicationsModule,
      providers: [
        { provide: AccessApplicationsConfig, useValue: config },
        {
          provide: UnitReference,
          useValue: new ReportingUnitReference(reportingUrl),
        },
      ],
    };
  }
}
