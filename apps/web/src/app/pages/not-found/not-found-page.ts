import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink],
  template: `
    <h1 class="ds-heading" data-size="lg">Fant ikke siden</h1>
    <p class="ds-paragraph app-page-lead" data-size="lg">
      Siden du leter etter finnes ikke, eller den kan ha blitt flyttet.
    </p>
    <p class="ds-paragraph">
      <a class="ds-link" routerLink="/">Gå til forsiden</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
