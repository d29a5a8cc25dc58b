import { CONCERN_CONFIRMED_MESSAGE, workflowCommand } from '@bvr/contracts';
import { enqueue, PeriodicSweep } from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { BekymringsmeldingConfig } from '../../config/env';
import {
  ConcernMessagesRepository,
  type MessageRow,
} from '../messages/concern-messages.repository';
import { startCommandOf } from './workflow-start';

/**
 * Tells the workflow, after the commit, that a message arrived or was confirmed. A failure is left
 * for the sweeper: the message is safe in the database and the command id makes a resend harmless.
 */
@Injectable()
export class WorkflowCommandsSender {
  private readonly logger = new Logger(WorkflowCommandsSender.name);

  constructor(
    @InjectQueue(workflowCommand.queue) private readonly queue: Queue,
    private readonly messages: ConcernMessagesRepository,
  ) {}

  async started(message: MessageRow): Promise<boolean> {
    const command = startCommandOf(message);
    return this.send(command, () => this.messages.markStarted(message.id));
  }

  async confirmed(
    message: Pick<MessageRow, 'id' | 'confirmed_by'>,
  ): Promise<boolean> {
    return this.send(
      {
        command: 'correlate',
        commandId: `bekymringsmelding-bekreftet-${message.id}`,
        messageName: CONCERN_CONFIRMED_MESSAGE,
        businessKey: message.id,
        variables: {},
        requestedBy: message.confirmed_by ?? 'bekymringsmelding',
      },
      () => this.messages.markConfirmTold(message.id),
    );
  }

  private async send(
    command: Parameters<typeof enqueue<typeof workflowCommand>>[2],
    markSent: () => Promise<void>,
  ): Promise<boolean> {
    try {
      await enqueue(this.queue, workflowCommand, command, {
        jobId: command.commandId,
      });
      await markSent();
      return true;
    } catch (error) {
      this.logger.warn(
        { err: error, businessKey: command.businessKey },
        'could not send a workflow command; the sweeper will try again',
      );
      return false;
    }
  }
}

/** Re-sends the commands of messages committed but not yet told to the workflow. */
@Injectable()
export class UnsentCommandsSweeper extends PeriodicSweep<number> {
  constructor(
    private readonly messages: ConcernMessagesRepository,
    private readonly sender: WorkflowCommandsSender,
    config: BekymringsmeldingConfig,
  ) {
    super(UnsentCommandsSweeper.name, config.env.SWEEP_INTERVAL_MS, 0);
  }

  protected async sweepOnce(): Promise<number> {
    let sent = 0;
    for (const message of await this.messages.unstarted(100))
      if (await this.sender.started(message)) sent++;
    for (const message of await this.messages.confirmedUntold(100))
      if (await this.sender.confirmed(message)) sent++;
    return sent;
  }
}
