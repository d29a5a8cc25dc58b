import { workflowCommand } from '@bvr/contracts';
import { enqueue, PeriodicSweep } from '@bvr/service-kit';
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
}

/** Re-sends the start command of applications committed but not marked sent. */
@Injectable()
export class UnsentApplicationSweeper extends PeriodicSweep<number> {
  constructor(
    private readonly applications: AccessApplicationsRepository,
    private readonly sender: ApplicationCommandSender,
  ) {
    super(UnsentApplicationSweeper.name, 30_000, 0);
  }

  protected async sweepOnce(): Promise<number> {
    let sent = 0;
    for (const application of await this.applications.unsent(100))
      if (await this.sender.send(application)) sent++;
    return sent;
  }
}
