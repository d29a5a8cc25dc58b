import { Injectable, Logger } from '@nestjs/common';
import { SentEmailsRepository } from '../persistence/sent-emails.repository';
import {
  EmailNotFoundError,
  EmailNotRetryableError,
} from './email-admin.errors';
import { EmailJobQueue } from './email-job-queue';

/** An admin sends a failed e-mail again, through its kept job (the addresses live only there). */
@Injectable()
export class RetryEmailService {
  private readonly logger = new Logger(RetryEmailService.name);

  constructor(
    private readonly deliveries: SentEmailsRepository,
    private readonly jobs: EmailJobQueue,
  ) {}

  async retry(idempotencyKey: string): Promise<{ status: 'queued' }> {
    const row = await this.deliveries.find(idempotencyKey);
    if (!row) throw new EmailNotFoundError(`No e-mail ${idempotencyKey}`);
    if (row.status !== 'failed')
      throw new EmailNotRetryableError(
        `The e-mail is ${row.status}, not failed`,
      );
    if (!row.jobId || !(await this.jobs.retryFailed(row.jobId)))
      throw new EmailNotRetryableError(
        'The failed job is no longer in the queue, or is already being retried',
      );
    this.logger.log(
      { jobId: row.jobId, template: row.template },
      'e-mail retry queued',
    );
    return { status: 'queued' };
  }
}
