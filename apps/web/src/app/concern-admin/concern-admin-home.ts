import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore } from '../core/session/session-store';
import { ConcernAdminApi } from './concern-admin-api';
import { adminKommuner } from './concern-admin-rules';

interface KommuneLink {
  readonly number: string;
  readonly name: string;
}

/** The kommuner the person administers «Nasjonal portal for bekymringsmelding» for. */
@Component({
  selector: 'app-concern-admin-home',
  imports: [RouterLink],
  template: `
    <h1 class="ds-heading" data-size="lg">
      Nasjonal portal for bekymringsmelding
    </h1>
    <p class="ds-paragraph app-page-lead" data-size="lg">
      Sett opp tjenesten for kommunen, legg til bydeler og gi saksbehandlere
      tilgang til «Motta bekymringsmeldinger».
    </p>
    @if (kommuner(); as kommuner) {
      @if (kommuner.length === 0) {
        <p class="ds-paragraph">
          Du er ikke tjenesteadministrator for noen kommune.
        </p>
      } @else {
        <h2 class="ds-heading admin-home__heading" data-size="sm">
          Kommunene dine
        </h2>
        <ul class="ds-list">
          @for (kommune of kommuner; track kommune.number) {
            <li>
              <a class="ds-link" [routerLink]="kommune.number">{{
                kommune.name
              }}</a>
              ({{ kommune.number }})
            </li>
          }
        </ul>
      }
    }
    <p role="status" class="ds-paragraph">
      @if (!kommuner()) {
        Henter kommunene …
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .admin-home__heading {
      margin-block: var(--ds-size-6) var(--ds-size-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernAdminHome {
  private readonly api = inject(ConcernAdminApi);
  private readonly session = inject(SessionStore);

  protected readonly kommuner = signal<readonly KommuneLink[] | null>(null);

  constructor() {
    void this.load();
  }

  /** Names from the reference data; a kommune whose name cannot be fetched shows its number. */
  private async load(): Promise<void> {
    const numbers = adminKommuner(this.session.grants());
    const links = await Promise.all(
      numbers.map(async (number) => {
        const kommune = await this.api.kommune(number).catch(() => null);
        return { number, name: kommune?.name ?? `Kommune ${number}` };
      }),
    );
    this.kommuner.set(links.sort((a, b) => a.name.localeCompare(b.name, 'nb')));
  }
}
