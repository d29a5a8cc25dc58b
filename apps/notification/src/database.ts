import type { ServiceDatabase } from '@bvr/service-kit';
import { SentEmail } from './modules/email/persistence/sent-email.orm-entity';
import { CreateSentEmails1763900000000 } from './migrations/1763900000000-create-sent-emails';

export const database: ServiceDatabase = {
  schema: 'notification',
  entities: [SentEmail],
  migrations: [CreateSentEmails1763900000000],
};
