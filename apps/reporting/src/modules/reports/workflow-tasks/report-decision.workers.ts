import {
  ExternalTaskPayload,
  externalTaskQueue,
  externalTaskResult,
} from '@bvr/contracts';
import { ExternalTaskWorker, Clock } from '@bvr/service-kit';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Queue, UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { ReportingPeriodRepository } from '../../periods/persistence/reporting-period.repository';
import { ReportDecisionsService } from '../commands/decisions/report-decisions.service';
import { ReportStatusConflictError } from '../domain/report.errors';
import { ReportRepository } from '../persistence/report.repository';
import { correctionDueAt } from './correction-due';

const forwardReport = externalTaskQueue('reporting.forward-report');
const returnReport = externalTaskQueue('reporting.return-report');

const decisionVariables = z.object({
  reportId: z.uuid('the process has no reportId'),
  returnMessage: z.string().optional(),
});

/** A job that cannot succeed by retrying (bad variables, a report in another state) becomes an incident at once. */
async function decideOnce(
  payload: ExternalTaskPayload,
  decide: (
    variables: z.infer<typeof decisionVariables>,
  ) => Promise<Record<string, unknown> | void>,
): Promise<Record<string, unknown>> {
  const variables = decisionVariables.safeParse(payload.variables);
  if (!variables.success)
    throw new UnrecoverableError(
      `${payload.topic}: ${variables.error.issues.map((issue) => issue.message).join('; ')}`,
    );
  try {
    return (await decide(variables.data)) ?? {};
  } catch (error) {
    if (
      error instanceof ReportStatusConflictError ||
      error instanceof RangeError
    )
      throw new UnrecoverableError((error as Error).message);
    throw error;
  }
}

/** "Ja": the report is forwarded to Bufdir, which sees it as approved. Idempotent. */
@Processor(forwardReport.queue, { concurrency: 2 })
export class ForwardReportWorker extends ExternalTaskWorker {
  protected readonly contract = forwardReport;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly decisions: ReportDecisionsService,
  ) {
    super();
  }

  protected execute(payload: ExternalTaskPayload) {
    return decideOnce(payload, ({ reportId }) =>
      this.decisions.markApproved(reportId),
    );
  }
}

/**
 * "Nei": the report goes back to the unit with the Statsforvalter's message. Idempotent. Answers
 * `unitDueAt`, the due date of the unit's correction task (`correctionDueAt`).
 */
@Processor(returnReport.queue, { concurrency: 2 })
export class ReturnReportWorker extends ExternalTaskWorker {
  protected readonly contract = returnReport;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly decisions: ReportDecisionsService,
    private readonly reports: ReportRepository,
    private readonly periods: ReportingPeriodRepository,
    private readonly clock: Clock,
  ) {
    super();
  }

  protected execute(payload: ExternalTaskPayload) {
    return decideOnce(payload, async ({ reportId, returnMessage }) => {
      await this.decisions.markReturned(reportId, returnMessage ?? '');
      return { unitDueAt: await this.unitDueAt(reportId) };
    });
  }

  /** From the return as recorded, so a redelivered job answers the same date. */
  private async unitDueAt(reportId: string): Promise<string> {
    const report = await this.reports.byId(reportId);
    const period = report && (await this.periods.byId(report.periodId));
    if (!period)
      throw new UnrecoverableError(`Report ${reportId} or its period is gone`);
    return correctionDueAt(
      period.statsforvalterDeadline,
      report.decidedAt ?? this.clock.now(),
    );
  }
}

export const reportDecisionQueues = [
  forwardReport,
  returnReport,
  externalTaskResult,
];
