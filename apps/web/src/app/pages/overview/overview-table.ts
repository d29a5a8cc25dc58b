import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import {
  formatDay,
  REPORT_STATE_COLORS,
  REPORT_STATE_LABELS,
} from '../../reports/report-labels';
import type { SortOrder } from '../../ui/sorted-pages';
import {
  SortableHeaderRow,
  type SortableColumn,
} from '../../ui/sortable-header-row';
import { formatDateTime } from '../../tasks/task-labels';
import type { UnitOverview } from './overview-models';
import type { OverviewSort } from './overview-query';

interface Column extends SortableColumn<OverviewSort> {
  /** Only for those who see more than one office. */
  readonly national?: boolean;
}

const COLUMNS: readonly Column[] = [
  { label: 'Rapporteringsenhet', sort: 'name' },
  { label: 'Nummer', sort: 'unit' },
  { label: 'Statsforvalter', sort: 'office', national: true },
  { label: 'Status', sort: 'status' },
  { label: 'Sendt inn', sort: 'submitted' },
  { label: 'Frist' },
];

/**
 * The units of a period with their report status. Sortable columns have a button in the header and
 * `aria-sort` on the `th` (as the inbox table); the sort itself is the page's, in the URL.
 */
@Component({
  selector: 'app-overview-table',
  templateUrl: './overview-table.html',
  imports: [SortableHeaderRow],
  styleUrl: '../../tasks/task-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewTable {
  readonly units = input.required<readonly UnitOverview[]>();
  readonly caption = input.required<string>();
  readonly sort = input.required<OverviewSort>();
  readonly order = input.required<SortOrder>();
  /** The kommune deadline, `YYYY-MM-DD`. */
  readonly deadline = input.required<string>();
  readonly national = input(false);
  readonly sortBy = output<OverviewSort>();

  protected readonly columns = computed(() =>
    COLUMNS.filter((column) => !column.national || this.national()),
  );
  protected readonly deadlineText = computed(() => formatDay(this.deadline()));
  protected readonly rows = computed(() =>
    this.units().map((unit) => ({
      unit,
      status: REPORT_STATE_LABELS[unit.status],
      color: REPORT_STATE_COLORS[unit.status],
      submitted: formatDateTime(unit.submittedAt),
    })),
  );
}
