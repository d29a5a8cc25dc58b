import { Injectable } from '@nestjs/common';
import { PeriodicSweep } from '@bvr/service-kit';
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
export class UnsentCommandSweeper extends PeriodicSweep<number> {
  constructor(
    private readonly versions: ReportVersionRepository,
    private readonly sender: WorkflowCommandSender,
    config: ReportsConfig,
  ) {
    super(UnsentCommandSweeper.name, config.commandSweepIntervalMs, 0);
  }

  /** Sends what is unsent; returns how many commands it sent. */
  protected async sweepOnce(): Promise<number> {
    let sent = 0;
    const unsent = await this.versions.unsent(BATCH);
    for (const version of unsent) if (await this.sender.send(version)) sent++;
    if (sent > 0) this.logger.log({ sent }, 're-sent unsent workflow commands');
    return sent;
  }
}
