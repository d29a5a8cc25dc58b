import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import type { SvarInnIntegrationDetails } from '@bvr/contracts';

/**
 * Shown once, after «Ta i bruk tjenesten» with SvarInn: what goes into the case system. The
 * password is not shown again, so the page says to store it safely first.
 */
@Component({
  selector: 'app-integration-details',
  template: `
    <section class="integration" aria-labelledby="integration-heading">
      <h2
        class="ds-heading"
        data-size="md"
        id="integration-heading"
        tabindex="-1"
        #heading
      >
        Tjenesten er tatt i bruk
      </h2>
      <div class="ds-alert" data-color="warning">
        <h3 class="ds-heading" data-size="2xs">
          Lagre integrasjonsdetaljene på et sikkert sted
        </h3>
        <p class="ds-paragraph">
          Integrasjonsdetaljene legges inn i fagsystemet. Du ser dem bare nå:
          kopier dem og lagre dem på et sikkert sted før du går videre.
        </p>
      </div>
      <dl class="integration__facts">
        <div>
          <dt>Integrasjons-ID</dt>
          <dd class="integration__code">{{ details().integrasjonsId }}</dd>
        </div>
        <div>
          <dt>Integrasjonspassord</dt>
          <dd class="integration__code">
            {{ details().integrasjonsPassord }}
          </dd>
        </div>
      </dl>
      <div>
        <button
          type="button"
          class="ds-button"
          data-variant="primary"
          (click)="proceed.emit()"
        >
          Gå til tjenesten
        </button>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 42rem;
    }
    .integration,
    .integration__facts {
      display: grid;
      gap: var(--ds-size-4);
      margin: 0;
    }
    .integration__facts > div {
      display: grid;
      gap: var(--ds-size-1);
    }
    .integration__facts dt {
      font-weight: var(--ds-font-weight-medium);
    }
    .integration__facts dd {
      margin: 0;
    }
    .integration__code {
      font-family: monospace;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntegrationDetails {
  private readonly heading =
    viewChild.required<ElementRef<HTMLElement>>('heading');

  readonly details = input.required<SvarInnIntegrationDetails>();
  /** «Gå til tjenesten». */
  readonly proceed = output<void>();

  constructor() {
    afterNextRender({ write: () => this.heading().nativeElement.focus() });
  }
}
