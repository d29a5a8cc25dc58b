import type { emailTemplates } from '@bvr/contracts';
import type { z } from 'zod';
import { appLink, layout } from './email-layout';
import type { RenderContext, RenderedEmail } from './rendered-email';

/** To the submitter: the Statsforvalter returned the report, with its message. */
export function renderReportReturned(
  params: z.infer<(typeof emailTemplates)['report-returned']>,
  context: RenderContext,
): RenderedEmail {
  return {
    subject: `Halvårsrapporten for ${params.periodName} er sendt tilbake`,
    ...layout({
      paragraphs: [
        `Statsforvalteren har sendt halvårsrapporten fra ${params.unitName} for ${params.periodName} tilbake for retting.`,
        'Melding fra Statsforvalteren:',
      ],
      quote: params.message,
      link: {
        text: 'Rett og send inn rapporten på nytt',
        url: appLink(context.publicUrl, params.path),
      },
    }),
  };
}
