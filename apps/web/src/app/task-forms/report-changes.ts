import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  type FormDefinition,
  findPoint,
  type ReportChange,
} from '@bvr/report-forms';
import { formatAnswer } from './report-answers';

/** «Endringer siden forrige innsending»: each changed point with its answer before and now. */
@Component({
  selector: 'app-report-changes',
  template: `
    @if (rows().length === 0) {
      <p class="ds-paragraph">Ingen svar er endret siden forrige innsending.</p>
    } @else {
      <table class="ds-table" data-border>
        <caption class="report-changes__caption">
          {{
            rows().length
          }}
          {{
            rows().length === 1 ? 'punkt er endret' : 'punkter er endret'
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Punkt</th>
            <th scope="col">Før</th>
            <th scope="col">Nå</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.pointId) {
            <tr>
              <th scope="row">{{ row.pointId }} {{ row.label }}</th>
              <td>{{ row.before }}</td>
              <td>{{ row.after }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    .report-changes__caption {
      text-align: start;
    }
    th[scope='row'] {
      font-weight: var(--ds-font-weight-regular);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportChanges {
  readonly definition = input.required<FormDefinition>();
  readonly changes = input.required<readonly ReportChange[]>();

  protected readonly rows = computed(() =>
    this.changes().map((change) => {
      const kind = findPoint(this.definition(), change.pointId)?.kind ?? null;
      return {
        pointId: change.pointId,
        label: change.label,
        before: formatAnswer(kind, change.before),
        after: formatAnswer(kind, change.after),
      };
    }),
  );
}
