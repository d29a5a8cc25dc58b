import { type WorkflowCommand, workflowCommand } from '@bvr/contracts';
import { enqueue } from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';

/** Hands workflow commands to BullMQ; the only place the reports module touches a queue. */
@Injectable()
export class WorkflowCommandPublisher {
  constructor(
    @InjectQueue(workflowCommand.queue) private readonly queue: Queue,
  ) {}

  /**
   * Where the command's job is: on its way to the workflow, taken (completed), given up (failed), or
   * gone from Redis while nobody took it (Redis lost writes).
   */
  async stateOf(
    commandId: string,
  ): Promise<'on-its-way' | 'taken' | 'given-up' | 'gone'> {
    const job = await this.queue.getJob(commandId);
    if (!job) return 'gone';
    const state = await job.getState();
    if (state === 'completed') return 'taken';
    if (state === 'failed') return 'given-up';
    return state === 'unknown' ? 'gone' : 'on-its-way';
  }

  /** The command id is the job id: BullMQ ignores a second add, and the workflow a second delivery. */
  async publish(command: WorkflowCommand): Promise<void> {
    await enqueue(this.queue, workflowCommand, command, {
      jobId: command.commandId,
    });
  }
}
