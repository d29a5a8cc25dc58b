import { PeriodicSweep } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { AccessApplicationsConfig } from '../access-applications.config';
import { AccessApplicationsRepository } from '../persistence/access-applications.repository';
import { ApplicationCommandSender } from './application-command.sender';

const BATCH = 100;

/**
 * Never leave an application undecided for want of a workflow: at start-up and then every 30
 * seconds, sends the start command of applications committed but not marked sent, and sends again
 * those sent long ago whose job Redis no longer has while the workflow never took it (Redis lost
 * writes). The command id makes a resend harmless.
 */
@Injectable()
export class UnsentApplicationSweeper extends PeriodicSweep<number> {
  constructor(
    private readonly applications: AccessApplicationsRepository,
    private readonly sender: ApplicationCommandSender,
    private readonly config: AccessApplicationsConfig,
  ) {
    super(UnsentApplicationSweeper.name, 30_000, 0);
  }

  /** Sends what is unsent or lost; returns how many commands it sent. */
  protected async sweepOnce(): Promise<number> {
    let sent = 0;
    for (const application of await this.applications.unsent(BATCH))
      if (await this.sender.send(application)) sent++;
    const cutOff = new Date(Date.now() - this.config.commandLostAfterMs);
    const resent = await this.sender.resendLost(cutOff, BATCH);
    if (resent > 0)
      this.logger.warn(
        { resent },
        'application start commands Redis lost are sent again',
      );
    return sent + resent;
  }
}
