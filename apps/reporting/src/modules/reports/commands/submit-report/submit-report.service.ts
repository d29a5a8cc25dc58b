import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { Clock } from '@bvr/service-kit';
import {
  type ReportContext,
  ReportContextLoader,
} from '../../access/report-context';
import {
  commandIdOf,
  halvarsrapportCommand,
} from '../../domain/halvarsrapport-command';
import {
  IdempotencyKeyReusedError,
  ReportInvalidError,
  ReportLockedError,
} from '../../domain/report.errors';
import { unitReportProblems } from '../../domain/report-problems';
import { isWithUnit } from '../../domain/report-status';
import { WorkflowCommandSender } from '../../messaging/workflow-command.sender';
import { ReportVersion } from '../../persistence/report-version.orm-entity';
import {
  type LockedReport,
  ReportRepository,
} from '../../persistence/report.repository';
import { submissionRefusal } from './submission-window';
import type {
  SubmissionDto,
  SubmitReportRequest,
} from './submit-report.request.dto';

/**
 * "Send inn": freezes the next version and hands the report to the Statsforvalter, in one
 * transaction; then asks the workflow to start the control (or to resume it after a return). The
 * command is stored with the version, so a crash between commit and enqueue loses nothing.
 */
@Injectable()
export class SubmitReportService {
  constructor(
    private readonly context: ReportContextLoader,
    private readonly reports: ReportRepository,
    private readonly sender: WorkflowCommandSender,
    private readonly clock: Clock,
  ) {}

  async execute(
    periodId: number,
    unitId: string,
    request: SubmitReportRequest,
    by: Principal,
  ): Promise<SubmissionDto> {
    const context = await this.context.load(periodId, unitId);
    const { version, submission } = await this.reports.forUnitAndPeriod(
      unitId,
      periodId,
      (locked) => this.freeze(locked, context, request, by),
    );
    if (!version.commandSentAt) await this.sender.send(version);
    return submission;
  }

  private async freeze(
    locked: LockedReport,
    context: ReportContext,
    { values, idempotencyKey }: SubmitReportRequest,
    by: Principal,
  ): Promise<{ version: ReportVersion; submission: SubmissionDto }> {
    const { report } = locked;
    // A double click: the first press already submitted; answer as it was answered.
    const earlier = await locked.versionWithKey(idempotencyKey);
    if (earlier && !sameValues(earlier.values, values))
      throw IdempotencyKeyReusedError.forVersion(earlier.version);
    if (earlier)
      return {
        version: earlier,
        submission: toSubmission(earlier, report.status, true),
      };
    if (!isWithUnit(report.status))
      throw ReportLockedError.because(report.status);
    const now = this.clock.now();
    const refusal = submissionRefusal(
      { ...context.period, name: context.periodInfo.name },
      now,
    );
    if (refusal) throw refusal;
    const problems = unitReportProblems(context.definition, values, 'submit');
    if (problems.length) throw ReportInvalidError.of(problems, 'submitted');

    const number = (report.latestVersion ?? 0) + 1;
    const version = Object.assign(new ReportVersion(), {
      reportId: report.id,
      version: number,
      values,
      formVersion: context.definition.version,
      submittedAt: now,
      submittedBy: by.id,
      channel: by.kind === 'machine' ? 'machine' : 'form',
      idempotencyKey,
      commandId: commandIdOf(report.id, number),
      commandSentAt: null,
      commandDeliveredAt: null,
    } satisfies Omit<ReportVersion, 'commandPayload'>);
    version.commandPayload = halvarsrapportCommand(
      version,
      context.unit,
      context.periodInfo,
    );
    await locked.freeze(version);
    // The draft continues from what was submitted, should the report come back.
    await locked.saveDraft(values, by.id, version.submittedAt);
    return {
      version,
      submission: toSubmission(version, 'submitted', false),
    };
  }
}

function toSubmission(
  version: ReportVersion,
  status: SubmissionDto['status'],
  repeated: boolean,
): SubmissionDto {
  return {
    reportId: version.reportId,
    version: version.version,
    status,
    formVersion: version.formVersion,
    submittedAt: version.submittedAt.toISOString(),
    submittedBy: version.submittedBy,
    channel: version.channel,
    repeated,
  };
}

/** As stored: the version's values went through jsonb, where keys have no order and `undefined` is gone. */
function sameValues(stored: unknown, sent: unknown): boolean {
  return isDeepStrictEqual(stored, JSON.parse(JSON.stringify(sent)));
}
