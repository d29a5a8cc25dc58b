import type { WorkflowCommand } from '@bvr/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@bvr/service-kit';
import { StartInstance } from '../instances/commands/start-instance.service';
import type { WithinStep } from '../instances/step/step-context';
import { CorrelateMessage } from '../messages/correlate-message.service';
import { ProcessedCommandEntity } from './persistence/processed-command.orm-entity';

export interface CommandOutcome {
  outcome: 'started' | 'correlated' | 'duplicate';
  processInstanceId: string;
}

/** Rolls a step back when another delivery of the same command committed first. */
class CommandAlreadyAppliedError extends Error {}

/**
 * Applies a command from another service exactly once: the command id is recorded in the
 * transaction of the step it causes, so a redelivery finds it and does nothing.
 */
@Injectable()
export class WorkflowCommands {
  private readonly logger = new Logger(WorkflowCommands.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly starter: StartInstance,
    private readonly correlator: CorrelateMessage,
    private readonly clock: Clock,
  ) {}

  async apply(command: WorkflowCommand): Promise<CommandOutcome> {
    const earlier = await this.processed(command.commandId);
    if (earlier) return this.skip(earlier);
    try {
      return {
        outcome: command.command === 'start' ? 'started' : 'correlated',
        processInstanceId: await this.run(command),
      };
    } catch (error) {
      // A concurrent delivery committed first (this step rolled back, or found the wait gone).
      const applied = await this.processed(command.commandId);
      if (applied) return this.skip(applied);
      throw error;
    }
  }

  private async run(command: WorkflowCommand): Promise<string> {
    const record = this.recorder(command);
    if (command.command === 'start') {
      const instance = await this.starter.start(
        {
          definitionKey: command.definitionKey,
          businessKey: command.businessKey,
          variables: command.variables,
          actor: command.requestedBy,
        },
        record,
      );
      return instance.id;
    }
    const { processInstanceId } = await this.correlator.correlate(
      {
        name: command.messageName,
        businessKey: command.businessKey,
        variables: command.variables,
        actor: command.requestedBy,
      },
      record,
    );
    return processInstanceId;
  }

  /** Inserts the command's row in the step; a row already there (committed or in flight) rolls the step back. */
  private recorder(command: WorkflowCommand): WithinStep {
    return async (em, instance) => {
      const inserted: unknown[] = await em.query(
        `INSERT INTO workflow.processed_command (command_id, command, instance_id, processed_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT (command_id) DO NOTHING RETURNING command_id`,
        [command.commandId, command.command, instance.id, this.clock.now()],
      );
      if (!inserted.length)
        throw new CommandAlreadyAppliedError(
          `Command ${command.commandId} was applied by another delivery`,
        );
    };
  }

  private processed(commandId: string) {
    return this.dataSource
      .getRepository(ProcessedCommandEntity)
      .findOneBy({ commandId });
  }

  private skip(processed: ProcessedCommandEntity): CommandOutcome {
    this.logger.debug(
      {
        commandId: processed.commandId,
        command: processed.command,
        processInstanceId: processed.instanceId,
      },
      'command already applied; skipped',
    );
    return { outcome: 'duplicate', processInstanceId: processed.instanceId };
  }
}
