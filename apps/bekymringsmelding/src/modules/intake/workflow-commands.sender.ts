import {
  CONCERN_CONFIRMED_MESSAGE,
  type WorkflowCommand,
  workflowCommand,
} from '@bvr/contracts';
import {
  enqueue,
  resendLostCommands,
  type SentCommandLedger,
} from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  ConcernMessagesRepository,
  type MessageRow,
} from '../messages/concern-messages.repository';
import { startCommandOf } from './workflow-start';

type ConfirmedMessage = Pick<MessageRow, 'id' | 'confirmed_by'>;

/** Tells the message's process that the message was confirmed: ids only. */
function confirmCommandOf(message: ConfirmedMessage): WorkflowCommand {
  return {
    command: 'correlate',
    commandId: `bekymringsmelding-bekreftet-${message.id}`,
    messageName: CONCERN_CONFIRMED_MESSAGE,
    businessKey: message.id,
    variables: {},
    requestedBy: message.confirmed_by ?? 'bekymringsmelding',
  };
}

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

  async confirmed(message: ConfirmedMessage): Promise<boolean> {
    return this.send(confirmCommandOf(message), () =>
      this.messages.markConfirmTold(message.id),
    );
  }

  /** Sends again the start and confirm commands sent before `cutOff` that Redis lost; answers how many. */
  async resendLost(cutOff: Date, limit: number): Promise<number> {
    const sweep = {
      queue: this.queue,
      contract: workflowCommand,
      cutOff,
      limit,
    };
    const starts = await resendLostCommands({ ...sweep, ledger: this.starts });
    const confirms = await resendLostCommands({
      ...sweep,
      ledger: this.confirms,
    });
    return starts + confirms;
  }

  private readonly starts: SentCommandLedger<MessageRow, WorkflowCommand> = {
    sentNotDelivered: (cutOff, limit) =>
      this.messages.sentNotDelivered('start', cutOff, limit),
    commandOf: (message) => {
      const payload = startCommandOf(message);
      return { jobId: payload.commandId, payload };
    },
    markDelivered: (message) =>
      this.messages.markDelivered('start', message.id),
  };

  private readonly confirms: SentCommandLedger<
    ConfirmedMessage,
    WorkflowCommand
  > = {
    sentNotDelivered: (cutOff, limit) =>
      this.messages.sentNotDelivered('confirm', cutOff, limit),
    commandOf: (message) => {
      const payload = confirmCommandOf(message);
      return { jobId: payload.commandId, payload };
    },
    markDelivered: (message) =>
      this.messages.markDelivered('confirm', message.id),
  };

  private async send(
    command: WorkflowCommand,
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
