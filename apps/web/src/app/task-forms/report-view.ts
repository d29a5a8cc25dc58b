import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { FormDefinition, ReportValues } from '@bvr/report-forms';
import { formatAnswer } from './report-answers';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly answer: string;
  readonly sub: boolean;
}

/**
 * A submitted report, read-only: each part of the form version with its lettered points and the
 * unit's answers. Withdrawn points and the Statsforvalter's own points (filled below) are left out.
 */
@Component({
  selector: 'app-report-view',
  template: `
    @for (part of parts(); track part.number) {
      <section
        class="report-view__part"
        [attr.aria-labelledby]="'report-part-' + part.number"
      >
        <h4
          class="ds-heading"
          data-size="2xs"
          [id]="'report-part-' + part.number"
        >
          Del {{ part.number }}: {{ part.title }}
        </h4>
        <dl class="report-view__points">
          @for (row of part.rows; track row.id) {
            <div [class.report-view__sub]="row.sub">
              <dt>
                <span class="report-view__id">{{ row.id }}</span>
                {{ row.label }}
              </dt>
              <dd>{{ row.answer }}</dd>
            </div>
          }
        </dl>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .report-view__part {
      margin-block-start: var(--ds-size-6);
    }
    .report-view__points {
      display: grid;
      gap: var(--ds-size-3);
      margin-block: var(--ds-size-3) 0;
    }
    .report-view__points > div {
      display: grid;
      gap: var(--ds-size-1) var(--ds-size-6);
      border-block-end: 1px solid var(--ds-color-neutral-border-subtle);
      padding-block-end: var(--ds-size-2);
    }
    @media (min-width: 40rem) {
      .report-view__points > div {
        grid-template-columns: 1fr 10rem;
      }
    }
    .report-view__sub dt {
      padding-inline-start: var(--ds-size-6);
    }
    .report-view__id {
      font-weight: var(--ds-font-weight-medium);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportView {
  readonly definition = input.required<FormDefinition>();
  readonly values = input.required<ReportValues>();

  protected readonly parts = computed(() =>
    this.definition()
      .parts.map((part) => ({
        number: part.number,
        title: part.title,
        rows: part.points
          .filter((point) => !point.withdrawn && point.filledBy === 'unit')
          .map(
            (point): Row => ({
              id: point.id,
              label: point.label,
              answer: formatAnswer(point.kind, this.values()[point.id]),
              sub: !!point.parentId,
            }),
          ),
      }))
      .filter((part) => part.rows.length > 0),
  );
}
