import type { emailTemplates } from '@bvr/contracts';
import type { z } from 'zod';
import { appLink, layout } from './email-layout';
import type { RenderContext, RenderedEmail } from './rendered-email';

/** To the Statsforvalter office: a half-year report came in, first time or corrected. */
export function renderReportReceived(
  params: z.infer<(typeof emailTemplates)['report-received']>,
  context: RenderContext,
): RenderedEmail {
  const again = params.resubmitted === 'ja';
  const subject = `Halvårsrapport fra ${params.unitName} er sendt inn${again ? ' på nytt' : ''}`;
  return {
    subject,
    ...layout({
      paragraphs: [
        again
          ? `${params.unitName} har rettet og sendt inn halvårsrapporten for ${params.periodName} på nytt.`
          : `${params.unitName} har sendt inn halvårsrapporten for ${params.periodName}.`,
        'Rapporten venter på kontroll hos Statsforvalteren. Du finner den under Oppgaver.',
      ],
      link: {
        text: 'Gå til oppgaver',
        url: appLink(context.publicUrl, params.path),
      },
    }),
  };
}
