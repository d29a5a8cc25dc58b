import { PayloadOf, sendEmail } from '@bvr/contracts';
import { ContractWorker } from '@bvr/service-kit';
import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import type { Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { ZodError } from 'zod';
import { InjectMailTransport } from './mail-transport';
import { SentEmail } from './persistence/sent-email.orm-entity';
import { renderEmail } from './templates/render-email';

export const MAIL_FROM = Symbol('MAIL_FROM');

/** Sends one templated e-mail. Idempotent: a job whose key was already sent is skipped. SMTP errors retry with backoff. */
@Processor(sendEmail.queue, { concurrency: 4 })
export class SendEmailWorker extends ContractWorker<typeof sendEmail> {
  protected readonly contract = sendEmail;

  constructor(
    @InjectRepository(SentEmail)
    private readonly sentEmails: Repository<SentEmail>,
    @InjectMailTransport() private readonly transport: Transporter,
    @Inject(MAIL_FROM) private readonly from: string,
  ) {
    super();
  }

  protected async handle(payload: PayloadOf<typeof sendEmail>, job: Job) {
    if (
      await this.sentEmails.existsBy({ idempotencyKey: payload.idempotencyKey })
    ) {
      return { status: 'skipped', reason: 'already sent' };
    }
    const mail = this.render(payload);
    const info = await this.transport.sendMail({
      from: this.from,
      to: payload.to,
      ...mail,
    });
    // A crash between sendMail and this insert resends once: at-least-once is the right side to err on for mail.
    await this.sentEmails.insert({
      idempotencyKey: payload.idempotencyKey,
      template: payload.template,
      recipientCount: payload.to.length,
      smtpMessageId: String(info.messageId ?? '').slice(0, 300) || null,
    });
    this.logger.log(
      { template: payload.template, jobId: job.id },
      'e-mail sent',
    );
    return { status: 'sent' };
  }

  private render(payload: PayloadOf<typeof sendEmail>) {
    try {
      return renderEmail(payload.template, payload.params);
    } catch (error) {
      if (error instanceof ZodError)
        throw new UnrecoverableError(
          `Invalid params for template ${payload.template}: ${error.message}`,
        );
      throw error;
    }
  }
}
