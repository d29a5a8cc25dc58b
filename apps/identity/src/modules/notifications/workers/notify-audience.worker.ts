import { notifyAudience, PayloadOf } from '@bvr/contracts';
import { ContractWorker } from '@bvr/service-kit';
import { Processor } from '@nestjs/bullmq';
import { NotifyAudienceService } from '../send-notification/notify-audience.service';
import { failFastOnInvalid } from './unrecoverable';

/** `identity.notify`: another service asks for an audience to be e-mailed. */
@Processor(notifyAudience.queue, { concurrency: 4 })
export class NotifyAudienceWorker extends ContractWorker<
  typeof notifyAudience
> {
  protected readonly contract = notifyAudience;

  constructor(private readonly notifications: NotifyAudienceService) {
    super();
  }

  protected handle(payload: PayloadOf<typeof notifyAudience>) {
    return failFastOnInvalid(() =>
      this.notifications.notify(payload.idempotencyKey, {
        audience: payload.audience,
        template: payload.template,
        params: payload.params,
      }),
    );
  }
}
