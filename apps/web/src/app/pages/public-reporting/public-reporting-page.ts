import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { AccessApplication } from '../../access-application/access-application';
import { SessionStore } from '../../core/session/session-store';
import { PublicationPortal } from './publication-portal';

/**
 * «Utrapportering»: the publication portal for publication readers and Bufdir; everyone else is
 * told they have no access yet and may apply for it.
 */
@Component({
  selector: 'app-public-reporting-page',
  imports: [PublicationPortal, AccessApplication],
  template: `
    <h1 class="ds-heading" data-size="lg">Utrapportering</h1>
    @if (reader()) {
      <p class="ds-paragraph app-page-lead" data-size="lg">
        Tall fra de godkjente halvårsrapportene til kommunene og bydelene: alle
        rapporterte tall, utvalgte nøkkeltall over tid, og sammenligninger med
        fylket, hele landet og andre kommuner og bydeler.
      </p>
      <app-publication-portal />
    } @else {
      <p class="ds-paragraph app-page-lead" data-size="lg">
        Du har ikke tilgang til utrapportering ennå.
      </p>
      <app-access-application />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicReportingPage {
  private readonly session = inject(SessionStore);

  /** Readers of the portal, at any scope, and Bufdir. */
  protected readonly reader = computed(() =>
    this.session
      .grants()
      .some(
        (grant) =>
          grant.role === 'publication-reader' || grant.role === 'bufdir',
      ),
  );
}
