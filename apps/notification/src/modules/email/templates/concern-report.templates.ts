import type { emailTemplates } from '@bvr/contracts';
import type { z } from 'zod';
import { appLink, layout } from './email-layout';
import type { RenderContext, RenderedEmail } from './rendered-email';

/** The public page about sending a bekymringsmelding; the layout always ends with a link. */
const CONCERN_PATH = '/bekymringsmelding';

/** To the sender: the bekymringsmelding was received. Klarspråk, and never the message's content. */
export function renderConcernReceived(
  params: z.infer<(typeof emailTemplates)['concern-received']>,
  context: RenderContext,
): RenderedEmail {
  return {
    subject: 'Vi har mottatt bekymringsmeldingen din',
    ...layout({
      paragraphs: [
        `Barneverntjenesten i ${params.recipientName} har mottatt bekymringsmeldingen din ${params.sentAt}.`,
        `Referansen er ${params.reference}.`,
        'Barneverntjenesten leser meldingen og avgjør om de skal undersøke saken videre.',
        'Barneverntjenesten har taushetsplikt. Hvis du er privatperson, er det derfor ikke sikkert at du får høre mer om saken.',
        'Hvis et barn er i akutt fare, ring 112. Du kan også kontakte barnevernvakten der barnet bor.',
      ],
      link: {
        text: 'Les mer om bekymringsmelding',
        url: appLink(context.publicUrl, CONCERN_PATH),
      },
    }),
  };
}

/** To a kommune's alert addresses: a bekymringsmelding waits for download. No content, no names. */
export function renderConcernAlert(
  params: z.infer<(typeof emailTemplates)['concern-alert']>,
  context: RenderContext,
): RenderedEmail {
  return {
    subject: `Bekymringsmelding venter på nedlasting – ${params.recipientName}`,
    ...layout({
      paragraphs: [
        `En bekymringsmelding til ${params.recipientName}, mottatt ${params.receivedAt}, er ikke lastet ned og bekreftet mottatt.`,
        'Hvis den ikke blir bekreftet mottatt innen fristen, blir den sendt som brevpost.',
      ],
      link: {
        text: 'Gå til Motta bekymringsmeldinger',
        url: appLink(context.publicUrl, params.path),
      },
    }),
  };
}
