import * as z from 'zod';
import { defineQueue } from './queue-contract';
import { OFFICE_ID, UNIT_ID } from './identity/roles';

const text = (max: number) => z.string().min(1).max(max);
/** A path in the SPA, such as `/oppgaver/…`; the notification service makes it a full link. */
const appPath = z
  .string()
  .regex(/^\/[^\s]*$/, 'a path in the app, starting with /')
  .max(500);

/**
 * E-mail templates the notification service knows; each names the parameters it needs. Parameters
 * are names, dates and links: never report figures or case content.
 */
export const emailTemplates = {
  'test-message': z.object({ text: z.string().max(500) }),
  /** To the Statsforvalter office: a report came in (first time or after a return). */
  'report-received': z.object({
    unitName: text(200),
    periodName: text(100),
    resubmitted: z.enum(['ja', 'nei']),
    path: appPath,
  }),
  /** To the person who submitted: the Statsforvalter returned the report, with its message. */
  'report-returned': z.object({
    unitName: text(200),
    periodName: text(100),
    message: text(4000),
    path: appPath,
  }),
  /** To a unit's reporters: the kommune deadline is near and the report is not submitted. */
  'deadline-reminder': z.object({
    unitName: text(200),
    periodName: text(100),
    /** A date in Norway, yyyy-mm-dd. */
    deadline: z.iso.date(),
    path: appPath,
  }),
  /** To the approvers (the Statsforvalter office, or Bufdir): someone applied for portal access. */
  'access-application-received': z.object({
    applicantName: text(200),
    /** The unit or organisation the applicant represents. */
    represents: text(200),
    path: appPath,
  }),
  /** To the applicant: the application was approved or rejected. */
  'access-decision': z.object({
    approved: z.enum(['ja', 'nei']),
    represents: text(200),
    path: appPath,
  }),
  /** To the sender of a bekymringsmelding: it was received. Never the message's content. */
  'concern-received': z.object({
    /** The receiving unit, such as «Bergen kommune, bydel Bergenhus». */
    recipientName: text(200),
    reference: text(100),
    /** When it was sent, already formatted in Norwegian time. */
    sentAt: text(100),
  }),
  /** To a kommune's alert addresses: a bekymringsmelding has waited too long for download. No content, no names. */
  'concern-alert': z.object({
    recipientName: text(200),
    /** When it was received, already formatted in Norwegian time. */
    receivedAt: text(100),
    path: appPath,
  }),
} as const;
export type EmailTemplateId = keyof typeof emailTemplates;
const templateId = z.enum(
  Object.keys(emailTemplates) as [EmailTemplateId, ...EmailTemplateId[]],
);

/**
 * Send one e-mail from a template. `to` holds work addresses only; params never carry
 * sensitive case data (the mail links to the app, it does not contain the case).
 */
export const sendEmail = defineQueue(
  'notification.email',
  'send-email',
  z.object({
    idempotencyKey: z.string().min(1).max(200),
    template: templateId,
    to: z.array(z.email()).min(1).max(50),
    params: z.record(z.string(), z.union([z.string().max(4000), z.number()])),
  }),
);

/**
 * Who should hear about something, in the terms of the domain; identity, which holds the users'
 * work e-mail addresses and roles, turns it into addresses.
 */
export const notificationAudience = z.discriminatedUnion('kind', [
  /** The registered Statsforvalter caseworkers of one office. */
  z.object({
    kind: z.literal('office'),
    officeId: z.string().regex(OFFICE_ID),
  }),
  /** The registered reporters of one kommune or bydel. */
  z.object({ kind: z.literal('unit'), unitId: z.string().regex(UNIT_ID) }),
  /** The registered Bufdir users: applications from outside kommuner and Statsforvalteren. */
  z.object({ kind: z.literal('bufdir') }),
  /** One user; when that is not a person (a machine client) or has no address, the fallback unit's reporters. */
  z.object({
    kind: z.literal('user'),
    userId: z.string().min(1).max(200),
    fallbackUnitId: z.string().regex(UNIT_ID).optional(),
  }),
]);
export type NotificationAudience = z.infer<typeof notificationAudience>;

/** Notify an audience with a template: identity resolves the addresses and sends one e-mail each. */
export const notifyAudience = defineQueue(
  'identity.notify',
  'notify',
  z.object({
    idempotencyKey: z.string().min(1).max(200),
    audience: notificationAudience,
    template: templateId,
    params: z.record(z.string(), z.union([z.string().max(4000), z.number()])),
  }),
);
