import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { reportFormPath } from '../reports';
import type { TaskDetails } from '../tasks/task';

/**
 * The task `halvarsrapport:korriger`: the Statsforvalter's message and the way to the report. The
 * task is completed by the workflow when the unit submits the report again, so it has no button.
 */
@Component({
  selector: 'app-correction-task',
  imports: [RouterLink],
  template: `
    <h3 class="ds-heading" data-size="xs" id="correction-heading">
      Melding fra statsforvalteren
    </h3>
    @if (task().variables.returnMessage; as message) {
      <blockquote class="correction-task__message">{{ message }}</blockquote>
    } @else {
      <p class="ds-paragraph">Statsforvalteren la ikke ved noen melding.</p>
    }
    @if (reportPath(); as path) {
      @if (task().status === 'open') {
        <p class="ds-paragraph">
          Rett rapporten og send den inn på nytt. Oppgaven løses når rapporten
          er sendt inn.
        </p>
      }
      <p class="ds-paragraph">
        <a class="ds-button" data-variant="primary" [routerLink]="path"
          >Åpne rapporten</a
        >
      </p>
    } @else {
      <div class="ds-alert" data-color="warning">
        <p class="ds-paragraph">
          Oppgaven mangler opplysninger om rapporten. Finn rapporten under
          Rapportering.
        </p>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 42rem;
    }
    .correction-task__message {
      margin: var(--ds-size-4) 0;
      padding-inline-start: var(--ds-size-4);
      border-inline-start: 4px solid var(--ds-color-neutral-border-default);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CorrectionTask {
  readonly task = input.required<TaskDetails>();

  protected readonly reportPath = computed(() => {
    const { periodId, reportingUnitId } = this.task().variables;
    return periodId && reportingUnitId
      ? reportFormPath(`${periodId}`, reportingUnitId)
      : null;
  });
}
