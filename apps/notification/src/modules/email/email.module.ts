import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  createMailTransport,
  MAIL_TRANSPORT,
  MailTransportCloser,
} from './mail-transport';
import { SentEmail } from './persistence/sent-email.orm-entity';
import { MAIL_FROM, SendEmailWorker } from './send-email.worker';

@Module({})
export class EmailModule {
  static forRoot(options: { smtpUrl: string; from: string }): DynamicModule {
    return {
      module: EmailModule,
      imports: [TypeOrmModule.forFeature([SentEmail])],
      providers: [
        {
          provide: MAIL_TRANSPORT,
          useFactory: () => createMailTransport(options.smtpUrl),
        },
        { provide: MAIL_FROM, useValue: options.from },
        MailTransportCloser,
        SendEmailWorker,
      ],
    };
  }
}
