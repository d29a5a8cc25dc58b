import { type WorkflowCommand, workflowCommand } from '@bvr/contracts';
import {
  enqueue,
  resendLostCommands,
  type SentCommandLedger,
} from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { startCommandOf } from '../domain/access-application';
import type { AccessApplicationEntity } from '../persistence/access-application.orm-entity';
import { AccessApplicationsRepository } from '../persistence/access-applications.repository';

/**
 * Starts an application's workflow after its commit. A failure is left for the sweeper: the
 * application is already safe in the database, and the command id makes a second send harmless.
 */
@Injectable()
export class ApplicationCommandSender {
  private readonly logger = new Logger(ApplicationCommandSender.name);

  constructor(
    @InjectQueue(workflowCommand.queue) private readonly queue: Queue,
    private readonly applications: AccessApplicationsRepository,
  ) {}

  async send(application: AccessApplicationEntity): Promise<boolean> {
    const command = startCommandOf(application);
    try {
      await enqueue(this.queue, workflowCommand, command, {
        jobId: command.commandId,
      });
      await this.applications.markSent(application.id);
      return true;
    } catch (error) {
      this.logger.warn(
        { err: error, applicationId: application.id },
        'could not start the application workflow; the sweeper will try again',
      );
      return false;
    }
  }

  /** Sends again the start commands sent before `cutOff` that Redis lost; answers how many. */
  resendLost(cutOff: Date, limit: number): Promise<number> {
    return resendLostCommands({
      queue: this.queue,
      contract: workflowCommand,
      ledger: this.sent,
      cutOff,
      limit,
    });
  }

  private readonly sent: SentCommandLedger<
    AccessApplicationEntity,
    WorkflowCommand
  > = {
    sentNotDelivered: (cutOff, limit) =>
      this.applications.sentNotDelivered(cutOff, limit),
    commandOf: (application) => {
      const payload = startCommandOf(application);
      return { jobId: payload.commandId, payload };
    },
    markDelivered: (application) =>
      this.applications.markDelivered(application.id),
  };
}
