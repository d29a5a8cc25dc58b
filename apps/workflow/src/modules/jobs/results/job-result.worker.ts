import { externalTaskResult, PayloadOf } from '@bvr/contracts';
import { ContractWorker } from '@bvr/service-kit';
import { Processor } from '@nestjs/bullmq';
import { JobResults } from './job-results.service';

// Results for different instances step in parallel; the row lock orders those of one instance.
@Processor(externalTaskResult.queue, { concurrency: 8 })
export class JobResultWorker extends ContractWorker<typeof externalTaskResult> {
  protected readonly contract = externalTaskResult;

  constructor(private readonly results: JobResults) {
    super();
  }

  protected handle(payload: PayloadOf<typeof externalTaskResult>) {
    return this.results.apply(payload);
  }
}
