import { EmailTemplateId, emailTemplates } from '@bvr/contracts';
import { z } from 'zod';
import {
  renderAccessApplicationReceived,
  renderAccessDecision,
} from './access-application.templates';
import {
  renderConcernAlert,
  renderConcernReceived,
} from './concern-report.templates';
import { renderDeadlineReminder } from './deadline-reminder.template';
import { renderReportReceived } from './report-received.template';
import { renderReportReturned } from './report-returned.template';
import type { RenderContext, RenderedEmail } from './rendered-email';

export type { RenderContext, RenderedEmail } from './rendered-email';

type Renderers = {
  [K in EmailTemplateId]: (
    params: z.infer<(typeof emailTemplates)[K]>,
    context: RenderContext,
  ) => RenderedEmail;
};

/**
 * Bokmål texts. Every template in the contract has a renderer here, checked by the type. Mails hold
 * names, dates and links only: never report figures.
 */
const renderers: Renderers = {
  'test-message': ({ text }) => ({
    subject: 'Testmelding fra Barnevernsrapportering',
    text: `Dette er en testmelding.\n\n${text}\n\nMeldingen er sendt automatisk og kan ikke besvares.`,
  }),
  'report-received': renderReportReceived,
  'report-returned': renderReportReturned,
  'deadline-reminder': renderDeadlineReminder,
  'access-application-received': renderAccessApplicationReceived,
  'access-decision': renderAccessDecision,
  'concern-received': renderConcernReceived,
  'concern-alert': renderConcernAlert,
};

/** Validates the template's own parameters, then renders it; throws with the problem when they do not fit. */
export function renderEmail(
  template: EmailTemplateId,
  params: Record<string, unknown>,
  context: RenderContext,
): RenderedEmail {
  const parsed = emailTemplates[template].parse(params);
  const rendered = (
    renderers[template] as (p: typeof parsed, c: RenderContext) => RenderedEmail
  )(parsed, context);
  // A line break in a param must not reach the Subject header.
  return { ...rendered, subject: rendered.subject.replace(/\s+/g, ' ').trim() };
}
