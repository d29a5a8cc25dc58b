import { Injectable } from '@nestjs/common';
import type { WorkflowCommand } from '@bvr/contracts';
import { PeriodicSweep, type SentCommandLedger } from '@bvr/service-kit';
import type { ReportVersion } from '../persistence/report-version.orm-entity';
import { ReportVersionRepository } from '../persistence/report-version.repository';
import { ReportsConfig } from './reports.config';
import { WorkflowCommandPublisher } from './workflow-command.publisher';
import { WorkflowCommandSender } from './workflow-command.sender';

const BATCH = 100;

/**
 * Never lose a submission: at start-up and then every interval, re-sends the commands of versions
 * that were committed but not marked sent (the process died, or Redis was away, between commit and
 * enqueue), and of versions sent long ago whose job Redis no longer has while the workflow never
 * took it (Redis lost writes). Sending twice is harmless: BullMQ dedupes by job id, the workflow by
 * command id.
 */
@Injectable()
export class UnsentCommandSweeper extends PeriodicSweep<number> {
  constructor(
    private readonly versions: ReportVersionRepository,
    private readonly sender: WorkflowCommandSender,
    private readonly publisher: WorkflowCommandPublisher,
    private readonly config: ReportsConfig,
  ) {
    super(UnsentCommandSweeper.name, config.commandSweepIntervalMs, 0);
  }

  /** Sent versions as the shared lost-command sweep reads and marks them. */
  private readonly ledger: SentCommandLedger<ReportVersion, WorkflowCommand> = {
    sentNotDelivered: (cutOff, limit) =>
      this.versions.sentNotDelivered(cutOff, limit),
    commandOf: (version) => ({
      jobId: version.commandId,
      payload: version.commandPayload,
    }),
    markDelivered: (version) =>
      this.versions.markDelivered(version.reportId, version.version),
  };

  /** Sends what is unsent or lost; returns how many commands it sent. */
  protected async sweepOnce(): Promise<number> {
    let sent = 0;
    const unsent = await this.versions.unsent(BATCH);
    for (const version of unsent) if (await this.sender.send(version)) sent++;
    if (sent > 0) this.logger.log({ sent }, 're-sent unsent workflow commands');
    const lost = await this.resendLost();
    return sent + lost;
  }

  private async resendLost(): Promise<number> {
    const cutOff = new Date(Date.now() - this.config.commandLostAfterMs);
    const resent = await this.publisher.resendLost(this.ledger, cutOff, BATCH);
    if (resent > 0)
      this.logger.warn(
        { resent },
        'workflow commands Redis lost are sent again',
      );
    return resent;
  }
}
