import type { emailTemplates } from '@bvr/contracts';
import type { z } from 'zod';
import { appLink, layout } from './email-layout';
import type { RenderContext, RenderedEmail } from './rendered-email';

/** To the approvers: someone applied for access to «Utrapportering». */
export function renderAccessApplicationReceived(
  params: z.infer<(typeof emailTemplates)['access-application-received']>,
  context: RenderContext,
): RenderedEmail {
  return {
    subject: `Ny søknad om tilgang til utrapportering fra ${params.applicantName}`,
    ...layout({
      paragraphs: [
        `${params.applicantName} (${params.represents}) har søkt om tilgang til portalen som viser rapporterte tall.`,
        'Søknaden venter på behandling. Du finner den under Oppgaver, i «Åpne oppgaver».',
      ],
      link: {
        text: 'Gå til oppgaver',
        url: appLink(context.publicUrl, params.path),
      },
    }),
  };
}

/** To the applicant: the decision on the application. */
export function renderAccessDecision(
  params: z.infer<(typeof emailTemplates)['access-decision']>,
  context: RenderContext,
): RenderedEmail {
  const approved = params.approved === 'ja';
  return {
    subject: approved
      ? 'Du har fått tilgang til utrapportering'
      : 'Søknaden om tilgang til utrapportering er avslått',
    ...layout({
      paragraphs: approved
        ? [
            `Søknaden din om tilgang til utrapportering for ${params.represents} er godkjent.`,
            'Logg inn og velg «Utrapportering» for å se rapporterte tall og nøkkeltall.',
          ]
        : [
            `Søknaden din om tilgang til utrapportering for ${params.represents} er ikke godkjent.`,
            'Ta kontakt med Statsforvalteren eller Bufdir hvis du mener dette er feil.',
          ],
      link: {
        text: approved ? 'Gå til utrapportering' : 'Gå til løsningen',
        url: appLink(context.publicUrl, params.path),
      },
    }),
  };
}
