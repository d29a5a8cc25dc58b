import { PeriodicSweep } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { BekymringsmeldingConfig } from '../../config/env';
import { ConcernMessagesRepository } from '../messages/concern-messages.repository';
import { WorkflowCommandsSender } from './workflow-commands.sender';

const BATCH = 100;

/**
 * Never leave a message without its workflow: at start-up and then every interval, sends the start
 * and confirm commands of messages committed but not marked sent (the process died, or Redis was
 * away, between commit and enqueue), and sends again those sent long ago whose job Redis no longer
 * has while the workflow never took it (Redis lost writes). The command id makes a resend harmless.
 */
@Injectable()
export class UnsentCommandsSweeper extends PeriodicSweep<number> {
  constructor(
    private readonly messages: ConcernMessagesRepository,
    private readonly sender: WorkflowCommandsSender,
    private readonly config: BekymringsmeldingConfig,
  ) {
    super(UnsentCommandsSweeper.name, config.env.SWEEP_INTERVAL_MS, 0);
  }

  /** Sends what is unsent or lost; returns how many commands it sent. */
  protected async sweepOnce(): Promise<number> {
    let sent = 0;
    for (const message of await this.messages.unstarted(BATCH))
      if (await this.sender.started(message)) sent++;
    for (const message of await this.messages.confirmedUntold(BATCH))
      if (await this.sender.confirmed(message)) sent++;
    const cutOff = new Date(
      Date.now() - this.config.env.CONCERN_COMMAND_LOST_AFTER_MS,
    );
    const resent = await this.sender.resendLost(cutOff, BATCH);
    if (resent > 0)
      this.logger.warn(
        { resent },
        'workflow commands Redis lost are sent again',
      );
    return sent + resent;
  }
}
