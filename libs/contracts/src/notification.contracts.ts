import * as z from 'zod';
import { defineQueue } from './queue-contract';

/** E-mail templates the notification service knows; each names the parameters it needs. */
export const emailTemplates = {
  'test-message': z.object({ text: z.string().max(500) }),
} as const;
export type EmailTemplateId = keyof typeof emailTemplates;

/**
 * Send one e-mail from a template. `to` holds work addresses only; params never carry
 * sensitive case data (the mail links to the app, it does not contain the case).
 */
export const sendEmail = defineQueue(
  'notification.email',
  'send-email',
  z.object({
    idempotencyKey: z.string().min(1).max(200),
    template: z.enum(
      Object.keys(emailTemplates) as [EmailTemplateId, ...EmailTemplateId[]],
    ),
    to: z.array(z.email()).min(1).max(50),
    params: z.record(z.string(), z.union([z.string().max(4000), z.number()])),
  }),
);
