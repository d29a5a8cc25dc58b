import { AuthModule, authOptionsFromEnv } from '@bvr/auth';
import { sendEmail } from '@bvr/contracts';
import { DomainErrorFilter, platformModules } from '@bvr/service-kit';
import { Logger, Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Env } from './config/env';
import { database } from './database';
import { EmailModule } from './modules/email/email.module';

export function notificationModule(env: Env): Type {
  const adminApi = Boolean(env.AUTH_ISSUER);
  if (!adminApi)
    new Logger('notification').warn(
      'AUTH_ISSUER is not set: sending e-mail only, the admin endpoints (/emails) are off',
    );
  @Module({
    imports: [
      ...platformModules({
        service: 'notification',
        env,
        database,
        queues: [sendEmail],
      }),
      // Every route but /health needs an access token for audience "notification".
      ...(env.AUTH_ISSUER
        ? [
            AuthModule.forRoot(
              authOptionsFromEnv(
                {
                  AUTH_ISSUER: env.AUTH_ISSUER,
                  AUTH_JWKS_URL: env.AUTH_JWKS_URL,
                },
                'notification',
              ),
            ),
          ]
        : []),
      EmailModule.forRoot({
        smtpUrl: env.SMTP_URL,
        from: env.MAIL_FROM,
        publicUrl: env.PUBLIC_URL,
        adminApi,
      }),
    ],
    providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
  })
  class NotificationModule {}
  return NotificationModule;
}
