import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { FormPoint, ReportValues } from '@bvr/report-forms';
import type { ControlDecision } from '../tasks/task';
import { formatAnswer } from './report-answers';

/** A solved control task (arkiv): the decision as it was made, read-only. */
@Component({
  selector: 'app-control-outcome',
  template: `
    <h3 class="ds-heading" data-size="xs" id="control-heading">
      Kontroll statsforvalter
    </h3>
    <dl class="control-outcome">
      @for (point of points(); track point.id) {
        <div>
          <dt>{{ point.id }} {{ point.label }}</dt>
          <dd>{{ answer(point) }}</dd>
        </div>
      }
      <div>
        <dt>Kontroll ok?</dt>
        <dd>{{ approved() }}</dd>
      </div>
      @if (decision()?.approved === false) {
        <div>
          <dt>Melding til kommunen ved ikke godkjent rapport</dt>
          <dd class="control-outcome__message">
            {{ decision()?.returnMessage || 'Ingen melding' }}
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    :host {
      display: block;
      max-width: 42rem;
    }
    .control-outcome {
      display: grid;
      gap: var(--ds-size-3);
      margin-block: var(--ds-size-4) 0;
    }
    .control-outcome > div {
      display: grid;
      gap: var(--ds-size-1);
    }
    dt {
      font-weight: var(--ds-font-weight-medium);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .control-outcome__message {
      white-space: pre-line;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ControlOutcome {
  readonly decision = input.required<ControlDecision | null>();
  readonly points = input.required<readonly FormPoint[]>();
  /** The Statsforvalter's points as saved in the reporting service. */
  readonly saved = input.required<ReportValues>();

  protected readonly approved = computed(() => {
    const approved = this.decision()?.approved;
    return approved === true
      ? 'Ja'
      : approved === false
        ? 'Nei'
        : 'Ikke registrert';
  });

  protected answer(point: FormPoint): string {
    return formatAnswer(point.kind, this.saved()[point.id]);
  }
}
