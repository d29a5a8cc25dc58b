import type { emailTemplates } from '@bvr/contracts';
import type { z } from 'zod';
import { appLink, layout } from './email-layout';
import type { RenderContext, RenderedEmail } from './rendered-email';

/** yyyy-mm-dd (a date in Norway) as Norwegians write it: dd.mm.yyyy. */
export function norwegianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** To a unit's reporters: the deadline is near and the report is not submitted. */
export function renderDeadlineReminder(
  params: z.infer<(typeof emailTemplates)['deadline-reminder']>,
  context: RenderContext,
): RenderedEmail {
  const deadline = norwegianDate(params.deadline);
  return {
    subject: `Påminnelse: halvårsrapporten for ${params.periodName} har frist ${deadline}`,
    ...layout({
      paragraphs: [
        `Halvårsrapporten fra ${params.unitName} for ${params.periodName} er ikke sendt inn ennå.`,
        `Fristen er ${deadline}.`,
      ],
      link: {
        text: 'Gå til rapporteringen',
        url: appLink(context.publicUrl, params.path),
      },
    }),
  };
}
