import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

interface Entry {
  readonly path: string;
  readonly title: string;
  readonly description: string;
}

@Component({
  selector: 'app-landing-page',
  imports: [RouterLink],
  templateUrl: './landing-page.html',
  styleUrl: './landing-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LandingPage {
  protected readonly entries: readonly Entry[] = [
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
    {
      path: '/bekymringsmelding',
      title: 'Bekymringsmelding',
      description: 'Send bekymringsmelding til barnevernet.',
    },
  ];
}
