import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { ReportVersionRepository } from '../persistence/report-version.repository';
import { ReportsConfig } from './reports.config';
import { WorkflowCommandSender } from './workflow-command.sender';

const BATCH = 100;

/**
 * Never lose a submission: at start-up and then every interval, re-sends the commands of versions
 * that were committed but not marked sent (the process died, or Redis was away, between commit and
 * enqueue). Sending twice is harmless: BullMQ dedupes by job id, the workflow by command id.
 */
@Injectable()
export class UnsentCommandSweeper
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(UnsentCommandSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly versions: ReportVersionRepository,
    private readonly sender: WorkflowCommandSender,
    private readonly config: ReportsConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(
      () => void this.sweep(),
      this.config.commandSweepIntervalMs,
    );
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends what is unsent; returns how many commands it sent. One sweep at a time. */
  sweep(): Promise<number> {
    this.running ??= this.sendUnsent().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sendUnsent(): Promise<number> {
    let sent = 0;
    try {
      const unsent = await this.versions.unsent(BATCH);
      for (const version of unsent) if (await this.sender.send(version)) sent++;
      if (sent > 0)
        this.logger.log({ sent }, 're-sent unsent workflow commands');
    } catch (error) {
      this.logger.warn({ err: error }, 'the sweep of unsent commands failed');
    }
    return sent;
  }
}
