import { sendEmail } from '@bvr/contracts';
import { DatabaseModule, HealthModule, LoggingModule, QueueModule, RedisConnectionModule } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import type { Env } from './config/env';
import { database } from './database';
import { EmailModule } from './modules/email/email.module';

export function notificationModule(env: Env): Type {
  @Module({
    imports: [
      LoggingModule.forRoot({ service: 'notification', level: env.LOG_LEVEL }),
      DatabaseModule.forRoot(env.DATABASE_URL, database, 'notification'),
      RedisConnectionModule.forRoot(env.REDIS_URL),
      QueueModule.forRoot(env.REDIS_URL, [sendEmail], env.QUEUE_PREFIX),
      HealthModule.forRoot({ database: true, redis: true }),
      EmailModule.forRoot({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
    ],
  })
  class NotificationModule {}
  return NotificationModule;
}
