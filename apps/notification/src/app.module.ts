import { sendEmail } from '@bvr/contracts';
import { platformModules } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import type { Env } from './config/env';
import { database } from './database';
import { EmailModule } from './modules/email/email.module';

export function notificationModule(env: Env): Type {
  @Module({
    imports: [
      ...platformModules({
        service: 'notification',
        env,
        database,
        queues: [sendEmail],
      }),
      EmailModule.forRoot({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
    ],
  })
  class NotificationModule {}
  return NotificationModule;
}
