import { type WorkflowCommand, workflowCommand } from '@bvr/contracts';
import { enqueue, jobProgress, type JobProgress } from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';

/** Hands workflow commands to BullMQ; the only place the reports module touches a queue. */
@Injectable()
export class WorkflowCommandPublisher {
  constructor(
    @InjectQueue(workflowCommand.queue) private readonly queue: Queue,
  ) {}

  /** Where the command's job stands: `done` once the workflow took it off the queue. */
  async progressOf(commandId: string): Promise<JobProgress> {
    return jobProgress(await this.queue.getJob(commandId));
  }

  /** The command id is the job id: BullMQ ignores a second add, and the workflow a second delivery. */
  async publish(command: WorkflowCommand): Promise<void> {
    await enqueue(this.queue, workflowCommand, command, {
      jobId: command.commandId,
    });
  }
}
