import { sendEmail } from '@bvr/contracts';
import { enqueue } from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import type { NotificationRequest } from '../domain/report-notifications';
import type { Recipient } from '../domain/resolve-audience';

/** The idempotency key of one recipient's e-mail; a long job key is hashed to stay within the contract's 200. */
export function emailKeyOf(jobKey: string, userId: string): string {
  const key = `${jobKey}:${userId}`;
  if (key.length <= 200) return key;
  return `${createHash('sha256').update(jobKey).digest('hex')}:${userId}`;
}

/** BullMQ refuses ':' in custom job ids. */
export const emailJobIdOf = (emailKey: string): string =>
  `email.${emailKey.replaceAll(':', '.')}`;

/** Hands e-mails to the notification service, one job per recipient. */
@Injectable()
export class EmailJobs {
  constructor(@InjectQueue(sendEmail.queue) private readonly queue: Queue) {}

  async sendTo(
    jobKey: string,
    recipient: Recipient,
    request: NotificationRequest,
  ): Promise<void> {
    const idempotencyKey = emailKeyOf(jobKey, recipient.userId);
    // A retried job adds the same job id again, which BullMQ ignores.
    await enqueue(
      this.queue,
      sendEmail,
      {
        idempotencyKey,
        template: request.template,
        to: [recipient.email],
        params: request.params,
      },
      { jobId: emailJobIdOf(idempotencyKey) },
    );
  }
}
