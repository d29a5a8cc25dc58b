import {
  type EmailTemplateId,
  emailTemplates,
  type NotificationAudience,
  OFFICE_ID,
  UNIT_ID,
} from '@bvr/contracts';
import { z } from 'zod';

/** What to send to whom; `params` are already valid for the template. */
export interface NotificationRequest {
  audience: NotificationAudience;
  template: EmailTemplateId;
  params: Record<string, string | number>;
}

/** Thrown when the process variables cannot make a notification: retrying will not help. */
export class InvalidNotificationError extends Error {
  override readonly name = 'InvalidNotificationError';
}

const common = {
  periodId: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
  periodName: z.string().min(1),
  reportingUnitId: z.string().regex(UNIT_ID),
  reportingUnitName: z.string().min(1),
};
const receivedVariables = z.object({
  ...common,
  responsibleOfficeId: z.string().regex(OFFICE_ID),
  reportVersion: z.number().int().min(1),
});
const returnedVariables = z.object({
  ...common,
  /** A user id, or `client:<id>` when a machine client submitted. */
  submittedBy: z.string().min(1).max(200),
  returnMessage: z.string().min(1),
});

function parse<S extends z.ZodType>(
  schema: S,
  variables: unknown,
  what: string,
): z.infer<S> {
  const parsed = schema.safeParse(variables);
  if (!parsed.success)
    throw new InvalidNotificationError(
      `${what}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** The template's own parameters are checked here, so a bad one is an incident, not a silent drop in notification. */
export function checkedRequest(
  request: NotificationRequest,
): NotificationRequest {
  parse(
    emailTemplates[request.template],
    request.params,
    `template ${request.template}`,
  );
  return request;
}

/** A report came in (first time or corrected): the office's caseworkers hear of it. */
export function reportReceivedNotification(
  variables: unknown,
): NotificationRequest {
  const v = parse(receivedVariables, variables, 'report-received variables');
  return checkedRequest({
    audience: { kind: 'office', officeId: v.responsibleOfficeId },
    template: 'report-received',
    params: {
      unitName: v.reportingUnitName,
      periodName: v.periodName,
      resubmitted: v.reportVersion > 1 ? 'ja' : 'nei',
      path: '/oppgaver',
    },
  });
}

/** The Statsforvalter said "Nei": the submitter, or the unit's reporters, hear of it with the message. */
export function reportReturnedNotification(
  variables: unknown,
): NotificationRequest {
  const v = parse(returnedVariables, variables, 'report-returned variables');
  return checkedRequest({
    audience: {
      kind: 'user',
      userId: v.submittedBy,
      fallbackUnitId: v.reportingUnitId,
    },
    template: 'report-returned',
    params: {
      unitName: v.reportingUnitName,
      periodName: v.periodName,
      message: v.returnMessage,
      path: `/rapportering/${v.periodId}/${v.reportingUnitId}`,
    },
  });
}
