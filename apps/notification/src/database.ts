import type { ServiceDatabase } from '@bvr/service-kit';
import { SentEmail } from './modules/email/persistence/sent-email.orm-entity';
import { CreateSentEmails1763900000000 } from './migrations/1763900000000-create-sent-emails';
import { AddEmailDeliveryStatus1765000000000 } from './migrations/1765000000000-add-email-delivery-status';

export const database: ServiceDatabase = {
  schema: 'notification',
  entities: [SentEmail],
  migrations: [
    CreateSentEmails1763900000000,
    AddEmailDeliveryStatus1765000000000,
  ],
};
