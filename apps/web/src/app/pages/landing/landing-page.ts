import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LoginRedirect, loginUrl } from '../../core/session/login-redirect';
import { SessionStore } from '../../core/session/session-store';

interface Entry {
  readonly path: string;
  readonly title: string;
  readonly description: string;
}

/**
 * The way in. Logged out: the blue "Logg inn med ID-porten" box (the user guide's "den blå
 * boksen"). Logged in: "Innrapportering" and "Utrapportering". Bekymringsmelding is for everyone.
 */
@Component({
  selector: 'app-landing-page',
  imports: [RouterLink],
  templateUrl: './landing-page.html',
  styleUrl: './landing-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LandingPage {
  protected readonly session = inject(SessionStore);
  protected readonly loginRedirect = inject(LoginRedirect);
  /** After login the person comes back here and picks Innrapportering or Utrapportering. */
  protected readonly loginHref = loginUrl('/');

  protected readonly reportingEntries: readonly Entry[] = [
    {
      path: '/oppgaver',
      title: 'Innrapportering',
      description:
        'Kommuner og bydeler sender halvårsrapporter om barnevernstjenesten. Statsforvalteren kontrollerer rapportene.',
    },
    {
      path: '/utrapportering',
      title: 'Utrapportering',
      description:
        'Publiseringsportalen med tall og nøkkeltall fra den kommunale halvårsrapporteringen.',
    },
  ];
  protected readonly publicEntries: readonly Entry[] = [
    {
      path: '/bekymringsmelding',
      title: 'Bekymringsmelding',
      description: 'Send bekymringsmelding til barnevernet.',
    },
  ];
}
