import { Injectable, Logger } from '@nestjs/common';
import type { ReportVersion } from '../persistence/report-version.orm-entity';
import { ReportVersionRepository } from '../persistence/report-version.repository';
import { WorkflowCommandPublisher } from './workflow-command.publisher';

/**
 * Sends a committed version's workflow command and records that it was sent. A failure is logged and
 * left for the sweeper: the submission itself is already safe in the database.
 */
@Injectable()
export class WorkflowCommandSender {
  private readonly logger = new Logger(WorkflowCommandSender.name);

  constructor(
    private readonly publisher: WorkflowCommandPublisher,
    private readonly versions: ReportVersionRepository,
  ) {}

  /** `true` when the command is on the queue and marked sent. */
  async send(version: ReportVersion): Promise<boolean> {
    try {
      await this.publisher.publish(version.commandPayload);
      await this.versions.markSent(version.reportId, version.version);
      return true;
    } catch (error) {
      this.logger.warn(
        {
          err: error,
          reportId: version.reportId,
          jobId: version.commandId,
        },
        'could not send the workflow command; the sweeper will try again',
      );
      return false;
    }
  }
}
