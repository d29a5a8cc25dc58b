import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-tasks-page',
  template: `
    <h1 class="ds-heading" data-size="lg">Oppgaver</h1>
    <p class="ds-paragraph app-page-lead" data-size="lg">
      Denne siden er under arbeid.
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TasksPage {}
