import { PayloadOf, sendEmail } from '@bvr/contracts';
import { ContractWorker } from '@bvr/service-kit';
import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import type { Transporter } from 'nodemailer';
import { ZodError } from 'zod';
import { describeFailure } from './delivery/mask-addresses';
import { messageIdFor } from './delivery/message-id';
import { InjectMailTransport } from './mail-transport';
import {
  DeliveryRecord,
  SentEmailsRepository,
} from './persistence/sent-emails.repository';
import { renderEmail, type RenderContext } from './templates/render-email';

export const MAIL_FROM = Symbol('MAIL_FROM');
export const RENDER_CONTEXT = Symbol('RENDER_CONTEXT');

/**
 * Sends one templated e-mail. Idempotent: a job whose key was already sent is skipped. SMTP errors
 * retry with backoff; after the last attempt the delivery is logged as failed for an admin to retry.
 */
@Processor(sendEmail.queue, { concurrency: 4 })
export class SendEmailWorker extends ContractWorker<typeof sendEmail> {
  protected readonly contract = sendEmail;

  constructor(
    private readonly deliveries: SentEmailsRepository,
    @InjectMailTransport() private readonly transport: Transporter,
    @Inject(MAIL_FROM) private readonly from: string,
    @Inject(RENDER_CONTEXT) private readonly context: RenderContext,
  ) {
    super();
  }

  protected async handle(payload: PayloadOf<typeof sendEmail>, job: Job) {
    const previous = await this.deliveries.find(payload.idempotencyKey);
    if (previous?.status === 'sent')
      return { status: 'skipped', reason: 'already sent' };
    // An admin's retry starts the job's count again; the log keeps counting.
    const attempts = (previous?.attempts ?? 0) + job.attemptsMade + 1;
    const record = {
      idempotencyKey: payload.idempotencyKey,
      template: payload.template,
      recipientCount: payload.to.length,
      attempts,
      jobId: job.id ?? null,
    };
    let messageId: unknown;
    try {
      const mail = this.render(payload);
      const info = await this.transport.sendMail({
        from: this.from,
        to: payload.to,
        messageId: messageIdFor(payload.idempotencyKey, this.from),
        ...mail,
      });
      messageId = info.messageId;
    } catch (error) {
      await this.recordFailure(record, error, job);
      throw error;
    }
    // A crash between sendMail and this write sends again, with the same Message-ID: at-least-once is
    // the right side to err on for mail, and the recipient's mail system shows the copy as one.
    await this.deliveries.markSent({
      ...record,
      lastError: job.failedReason
        ? describeFailure(job.failedReason)
        : (previous?.lastError ?? null),
      smtpMessageId: String(messageId ?? '').slice(0, 300) || null,
    });
    this.logger.log(
      { template: payload.template, jobId: job.id, attempts },
      'e-mail sent',
    );
    return { status: 'sent' };
  }

  private async recordFailure(
    record: Omit<DeliveryRecord, 'lastError'>,
    error: unknown,
    job: Job,
  ): Promise<void> {
    const lastError = describeFailure(error);
    const lastAttempt =
      error instanceof UnrecoverableError ||
      job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (!lastAttempt) {
      this.logger.warn(
        {
          template: record.template,
          jobId: job.id,
          attempts: record.attempts,
          error: lastError,
        },
        'e-mail not sent, will retry',
      );
      return;
    }
    await this.deliveries.markFailed({ ...record, lastError });
    this.logger.error(
      {
        template: record.template,
        jobId: job.id,
        attempts: record.attempts,
        error: lastError,
      },
      'e-mail failed for good: an admin can retry it',
    );
  }

  private render(payload: PayloadOf<typeof sendEmail>) {
    try {
      return renderEmail(payload.template, payload.params, this.context);
    } catch (error) {
      if (error instanceof ZodError)
        throw new UnrecoverableError(
          `Invalid params for template ${payload.template}: ${error.message}`,
        );
      throw error;
    }
  }
}
