import { PayloadOf, workflowCommand } from '@bvr/contracts';
import { ContractWorker } from '@bvr/service-kit';
import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { classifyCommandFailure } from './command-failure';
import { WorkflowCommands } from './workflow-commands.service';

type Command = PayloadOf<typeof workflowCommand>;

// Commands for different instances step in parallel; the row lock orders those of one instance.
@Processor(workflowCommand.queue, { concurrency: 4 })
export class WorkflowCommandWorker extends ContractWorker<
  typeof workflowCommand
> {
  protected readonly contract = workflowCommand;

  constructor(private readonly commands: WorkflowCommands) {
    super();
  }

  protected async handle(payload: Command, job: Job) {
    try {
      const result = await this.commands.apply(payload);
      if (result.outcome !== 'duplicate')
        this.logger.log(
          { ...this.context(payload, job), ...result },
          'workflow command applied',
        );
      return result;
    } catch (error) {
      throw this.failure(error, payload, job);
    }
  }

  /** Turns a failure into what BullMQ should do: retry it (with the contract's backoff) or not. */
  private failure(error: unknown, payload: Command, job: Job): Error {
    const kind = classifyCommandFailure(error);
    const reason = error instanceof Error ? error.message : String(error);
    const context = { ...this.context(payload, job), reason };
    const attempts = job.opts.attempts ?? 1;
    const lastAttempt = job.attemptsMade + 1 >= attempts;
    if (kind === 'permanent') {
      this.logger.error(context, 'workflow command refused');
      return new UnrecoverableError(
        `Workflow command ${payload.commandId} (${payload.command}) refused: ${reason}`,
      );
    }
    if (kind === 'not-yet' && lastAttempt) {
      this.logger.error(context, 'workflow command given up');
      return new UnrecoverableError(
        `Workflow command ${payload.commandId} (${payload.command}) given up after ${attempts} attempts: ${reason}`,
      );
    }
    this.logger.warn(
      context,
      lastAttempt
        ? 'workflow command failed; no attempts left'
        : 'workflow command failed; will retry',
    );
    return error instanceof Error ? error : new Error(reason);
  }

  private context(payload: Command, job: Job) {
    return {
      commandId: payload.commandId,
      command: payload.command,
      jobId: job.id,
      attempt: job.attemptsMade + 1,
    };
  }
}
