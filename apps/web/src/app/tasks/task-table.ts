import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { InboxSort, SortOrder } from './inbox-query';
import {
  SortableHeaderRow,
  type SortableColumn,
} from '../ui/sortable-header-row';
import type { TaskSummary } from './task';
import {
  formatDate,
  isOverdue,
  shortId,
  STATUS_LABELS,
  unitLabel,
} from './task-labels';

const COLUMNS: readonly SortableColumn<InboxSort>[] = [
  { label: 'Reference' },
  { label: 'Rapporteringsenhet', sort: 'unit' },
  { label: 'Ansvarlig etat' },
  { label: 'Innsendt', sort: 'submitted' },
  { label: 'Opprettet', sort: 'created' },
  { label: 'Frist', sort: 'due' },
  { label: 'Oppgave' },
  { label: 'Oppgavens status' },
  { label: 'ID' },
];

/**
 * The inbox table. Sortable columns have a button in the header and `aria-sort` on the `th`
 * (Designsystemet's sortable table); the sort itself is the page's, in the URL.
 */
@Component({
  selector: 'app-task-table',
  imports: [RouterLink, SortableHeaderRow],
  templateUrl: './task-table.html',
  styleUrl: './task-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskTable {
  readonly tasks = input.required<readonly TaskSummary[]>();
  readonly caption = input.required<string>();
  readonly sort = input.required<InboxSort>();
  readonly order = input.required<SortOrder>();
  /** When the page was loaded: "overdue" is judged against it, not re-evaluated while reading. */
  readonly now = input.required<number>();
  readonly sortBy = output<InboxSort>();

  protected readonly columns = COLUMNS;
  protected readonly rows = computed(() =>
    this.tasks().map((task) => ({
      task,
      unit: unitLabel(task.reportingUnit),
      office: task.responsibleOffice?.name ?? task.responsibleOffice?.id ?? '',
      submitted: formatDate(task.submittedAt),
      created: formatDate(task.createdAt),
      due: formatDate(task.dueAt),
      overdue: isOverdue(task, this.now()),
      status: STATUS_LABELS[task.status],
      shortId: shortId(task.id),
    })),
  );
}
