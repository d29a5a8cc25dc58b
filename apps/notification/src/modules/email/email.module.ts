import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailJobQueue } from './admin/email-job-queue';
import { EmailsHttpController } from './admin/emails.http.controller';
import { RetryEmailService } from './admin/retry-email.service';
import {
  createMailTransport,
  MAIL_TRANSPORT,
  MailTransportCloser,
} from './mail-transport';
import { SentEmail } from './persistence/sent-email.orm-entity';
import { SentEmailsRepository } from './persistence/sent-emails.repository';
import {
  MAIL_FROM,
  RENDER_CONTEXT,
  SendEmailWorker,
} from './send-email.worker';

export interface EmailOptions {
  smtpUrl: string;
  from: string;
  /** The browser's origin for the app; links in e-mails start with it. */
  publicUrl: string;
  /** Serve the admin endpoints (`/emails`); only when the service checks access tokens. */
  adminApi: boolean;
}

@Module({})
export class EmailModule {
  static forRoot(options: EmailOptions): DynamicModule {
    return {
      module: EmailModule,
      imports: [TypeOrmModule.forFeature([SentEmail])],
      controllers: options.adminApi ? [EmailsHttpController] : [],
      providers: [
        {
          provide: MAIL_TRANSPORT,
          useFactory: () => createMailTransport(options.smtpUrl),
        },
        { provide: MAIL_FROM, useValue: options.from },
        { provide: RENDER_CONTEXT, useValue: { publicUrl: options.publicUrl } },
        MailTransportCloser,
        SentEmailsRepository,
        SendEmailWorker,
        EmailJobQueue,
        RetryEmailService,
      ],
    };
  }
}
