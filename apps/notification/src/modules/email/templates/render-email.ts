import { EmailTemplateId, emailTemplates } from '@bvr/contracts';
import { z } from 'zod';

export interface RenderedEmail {
  subject: string;
  text: string;
}

type Renderers = {
  [K in EmailTemplateId]: (
    params: z.infer<(typeof emailTemplates)[K]>,
  ) => RenderedEmail;
};

/** Bokmål texts. Every template in the contract has a renderer here, checked by the type. */
const renderers: Renderers = {
  'test-message': ({ text }) => ({
    subject: 'Testmelding fra Barnevernsrapportering',
    text: `Dette er en testmelding.\n\n${text}\n\nMeldingen er sendt automatisk og kan ikke besvares.`,
  }),
};

/** Validates the template's own parameters, then renders it; throws with the problem when they do not fit. */
export function renderEmail(
  template: EmailTemplateId,
  params: Record<string, unknown>,
): RenderedEmail {
  const parsed = emailTemplates[template].parse(params);
  return (renderers[template] as (p: typeof parsed) => RenderedEmail)(parsed);
}
