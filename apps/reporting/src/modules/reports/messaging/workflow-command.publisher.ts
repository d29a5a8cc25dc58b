import { type WorkflowCommand, workflowCommand } from '@bvr/contracts';
import {
  enqueue,
  resendLostCommands,
  type SentCommandLedger,
} from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';

/** Hands workflow commands to BullMQ; the only place the reports module touches a queue. */
@Injectable()
export class WorkflowCommandPublisher {
  constructor(
    @InjectQueue(workflowCommand.queue) private readonly queue: Queue,
  ) {}

  /** The command id is the job id: BullMQ ignores a second add, and the workflow a second delivery. */
  async publish(command: WorkflowCommand): Promise<void> {
    await enqueue(this.queue, workflowCommand, command, {
      jobId: command.commandId,
    });
  }

  /** Sends again the commands in `ledger` that Redis lost; answers how many. */
  resendLost<E>(
    ledger: SentCommandLedger<E, WorkflowCommand>,
    cutOff: Date,
    limit: number,
  ): Promise<number> {
    return resendLostCommands({
      queue: this.queue,
      contract: workflowCommand,
      ledger,
      cutOff,
      limit,
    });
  }
}
