import {
  ExternalTaskPayload,
  externalTaskQueue,
  externalTaskResult,
} from '@bvr/contracts';
import { ExternalTaskWorker } from '@bvr/service-kit';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Queue, UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { ReportDecisionsService } from '../commands/decisions/report-decisions.service';
import { ReportStatusConflictError } from '../domain/report.errors';

const forwardReport = externalTaskQueue('reporting.forward-report');
const returnReport = externalTaskQueue('reporting.return-report');

const decisionVariables = z.object({
  reportId: z.uuid('the process has no reportId'),
  returnMessage: z.string().optional(),
});

/** A job that cannot succeed by retrying (bad variables, a report in another state) becomes an incident at once. */
async function decideOnce(
  payload: ExternalTaskPayload,
  decide: (variables: z.infer<typeof decisionVariables>) => Promise<void>,
): Promise<Record<string, unknown>> {
  const variables = decisionVariables.safeParse(payload.variables);
  if (!variables.success)
    throw new UnrecoverableError(
      `${payload.topic}: ${variables.error.issues.map((issue) => issue.message).join('; ')}`,
    );
  try {
    await decide(variables.data);
  } catch (error) {
    if (
      error instanceof ReportStatusConflictError ||
      error instanceof RangeError
    )
      throw new UnrecoverableError((error as Error).message);
    throw error;
  }
  return {};
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

/** "Nei": the report goes back to the unit with the Statsforvalter's message. Idempotent. */
@Processor(returnReport.queue, { concurrency: 2 })
export class ReturnReportWorker extends ExternalTaskWorker {
  protected readonly contract = returnReport;

  constructor(
    @InjectQueue(externalTaskResult.queue) protected readonly results: Queue,
    private readonly decisions: ReportDecisionsService,
  ) {
    super();
  }

  protected execute(payload: ExternalTaskPayload) {
    return decideOnce(payload, ({ reportId, returnMessage }) =>
      this.decisions.markReturned(reportId, returnMessage ?? ''),
    );
  }
}

export const reportDecisionQueues = [
  forwardReport,
  returnReport,
  externalTaskResult,
];
