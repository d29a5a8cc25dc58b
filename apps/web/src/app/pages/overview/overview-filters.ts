import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { REPORT_STATE_LABELS } from '../../reports/report-labels';
import type { Period } from '../../reports/report-models';
import type { OverviewQuery, OverviewStatusFilter } from './overview-query';

export interface OverviewFilterValues {
  readonly period: number | null;
  readonly status: OverviewStatusFilter | '';
  readonly office: string;
  readonly text: string;
}

export interface OfficeOption {
  readonly id: string;
  readonly name: string;
}

/** The status filter's options, in the order a report moves; «Forsinket» last. */
export const STATUS_OPTIONS: readonly {
  readonly value: OverviewStatusFilter;
  readonly label: string;
}[] = [
  { value: 'not-started', label: REPORT_STATE_LABELS['not-started'] },
  { value: 'draft', label: REPORT_STATE_LABELS.draft },
  { value: 'submitted', label: REPORT_STATE_LABELS.submitted },
  { value: 'returned', label: REPORT_STATE_LABELS.returned },
  { value: 'approved', label: REPORT_STATE_LABELS.approved },
  { value: 'overdue', label: 'Forsinket (ikke sendt inn etter fristen)' },
];

/**
 * «Periode», «Status», «Statsforvalter» (for those who see every office) and «Søk», applied together
 * with «Vis» as the inbox's filters are. The fields show the URL's values, so back works.
 */
@Component({
  selector: 'app-overview-filters',
  templateUrl: './overview-filters.html',
  styleUrl: './overview-filters.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewFilters {
  readonly query = input.required<OverviewQuery>();
  /** The period shown (the query's, or the default one). */
  readonly periodId = input.required<number | null>();
  readonly periods = input.required<readonly Period[]>();
  /** Empty: no office filter (a Statsforvalter sees its own office only). */
  readonly offices = input<readonly OfficeOption[]>([]);
  readonly filter = output<OverviewFilterValues>();

  protected readonly statuses = STATUS_OPTIONS;

  protected submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const period = Number(value('period'));
    this.filter.emit({
      period: Number.isInteger(period) && period > 0 ? period : null,
      status: value('status') as OverviewStatusFilter | '',
      office: value('office'),
      text: value('text'),
    });
  }

  protected clear(form: HTMLFormElement): void {
    form.reset();
    // reset() picks each select's first option: the period stays the one shown
    const period = form.elements.namedItem(
      'period',
    ) as HTMLSelectElement | null;
    if (period) period.value = String(this.periodId() ?? '');
    this.filter.emit({
      period: this.periodId(),
      status: '',
      office: '',
      text: '',
    });
  }
}
