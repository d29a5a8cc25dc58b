import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LoginRedirect } from '../../core/session/login-redirect';
import { SessionStore } from '../../core/session/session-store';

interface Choice {
  readonly path: string;
  readonly title: string;
  readonly description: string;
}

/**
 * «Send bekymringsmelding til barnevernet»: what to do when a child is in acute danger, and the
 * choice between the form for private persons (no login) and the one for public employees with a
 * duty to report (ID-porten). The forms themselves are in `concern-intake/`.
 */
@Component({
  selector: 'app-concern-report-page',
  imports: [RouterLink],
  template: `
    <h1 class="ds-heading" data-size="lg">
      Send bekymringsmelding til barnevernet
    </h1>
    <p class="ds-paragraph app-page-lead" data-size="lg">
      Er du bekymret for et barn eller en ungdom, kan du si fra til
      barnevernstjenesten i kommunen der barnet bor. Du trenger ikke være sikker
      på at noe er galt. Barnevernet vurderer hva som skal gjøres.
    </p>

    <div class="ds-alert concern-report__alert" data-color="warning">
      <h2 class="ds-heading" data-size="xs">Er barnet i akutt fare?</h2>
      <p class="ds-paragraph">
        Ring politiet på <a class="ds-link" href="tel:112">112</a>. Trenger
        barnet hjelp raskt utenom kontortid, ring barnevernvakten der barnet
        bor.
      </p>
    </div>

    @if (loginRedirect.interrupted()) {
      <div class="ds-alert concern-report__alert" data-color="info">
        <p class="ds-paragraph">
          Innloggingen ble ikke fullført. Du kan prøve igjen, eller sende
          meldingen som privatperson uten å logge inn.
        </p>
      </div>
    } @else if (session.unavailable()) {
      <div class="ds-alert concern-report__alert" data-color="info">
        <p class="ds-paragraph">
          Vi får ikke sjekket innloggingen akkurat nå, så skjemaet for offentlig
          ansatte kan ikke åpnes. Prøv igjen om litt.
        </p>
      </div>
    }

    <h2 class="ds-heading" data-size="sm">Hvem er du?</h2>
    <ul class="ds-list--unstyled concern-report__choices">
      @for (choice of choices; track choice.path) {
        <li class="concern-report__choice">
          <a
            class="ds-card concern-report__card"
            data-variant="tinted"
            [routerLink]="choice.path"
          >
            <h3 class="ds-heading" data-size="sm">{{ choice.title }}</h3>
            <p class="ds-paragraph">{{ choice.description }}</p>
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .concern-report__alert {
      max-width: 42rem;
      margin-block-end: var(--ds-size-8);
    }
    .concern-report__choices {
      margin-block-start: var(--ds-size-4);
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: var(--ds-size-6);
    }
    .concern-report__choice {
      display: flex;
    }
    .concern-report__card {
      flex: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernReportPage {
  protected readonly session = inject(SessionStore);
  protected readonly loginRedirect = inject(LoginRedirect);

  /** Relative to `/bekymringsmelding`. */
  protected readonly choices: readonly Choice[] = [
    {
      path: 'privat',
      title: 'Jeg er privatperson',
      description:
        'For deg som sier fra som nabo, familie, venn eller på andre måter. Du trenger ikke logge inn.',
    },
    {
      path: 'offentlig',
      title: 'Jeg er offentlig ansatt og har meldeplikt',
      description:
        'For deg som sier fra i jobben, for eksempel i barnehage, skole eller helsetjenesten. Du logger inn med ID-porten.',
    },
  ];
}
