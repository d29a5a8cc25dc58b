import { Injectable, Logger } from '@nestjs/common';
import {
  checkedRequest,
  type NotificationRequest,
} from '../domain/report-notifications';
import { resolveAudience } from '../domain/resolve-audience';
import { RecipientDirectoryRepository } from '../persistence/recipient-directory.repository';
import { UndeliverableNotificationsRepository } from '../persistence/undeliverable-notifications.repository';
import { EmailJobs } from './email-jobs';

export type NotifyOutcome =
  | { status: 'sent'; recipients: number }
  | { status: 'undeliverable'; reason: string };

/**
 * Resolves the audience and sends one e-mail per recipient. Nobody to send to does not fail: the
 * process must go on, so it is recorded for the admins instead. Idempotent per `jobKey`.
 */
@Injectable()
export class NotifyAudienceService {
  private readonly logger = new Logger(NotifyAudienceService.name);

  constructor(
    private readonly directory: RecipientDirectoryRepository,
    private readonly emails: EmailJobs,
    private readonly undeliverable: UndeliverableNotificationsRepository,
  ) {}

  async notify(
    jobKey: string,
    request: NotificationRequest,
  ): Promise<NotifyOutcome> {
    checkedRequest(request);
    const resolution = await resolveAudience(request.audience, this.directory);
    if ('reason' in resolution) {
      await this.undeliverable.record({
        idempotencyKey: jobKey,
        template: request.template,
        audience: request.audience,
        reason: resolution.reason,
      });
      this.logger.warn(
        { template: request.template, audience: request.audience.kind },
        `notification undeliverable: ${resolution.reason}`,
      );
      return { status: 'undeliverable', reason: resolution.reason };
    }
    for (const recipient of resolution.recipients)
      await this.emails.sendTo(jobKey, recipient, request);
    this.logger.log(
      {
        template: request.template,
        recipients: resolution.recipients.length,
      },
      'notification handed to e-mail',
    );
    return { status: 'sent', recipients: resolution.recipients.length };
  }
}
