import { Inject, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
export const InjectMailTransport = () => Inject(MAIL_TRANSPORT);

export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl, {
    pool: true,
    maxConnections: 2,
  } as never);
}

export class MailTransportCloser implements OnApplicationShutdown {
  constructor(@InjectMailTransport() private readonly transport: Transporter) {}
  onApplicationShutdown(): void {
    this.transport.close();
  }
}
