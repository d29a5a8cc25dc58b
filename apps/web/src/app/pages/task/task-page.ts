import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { errorCodeOf, errorMessageOf } from '../../core/http/error-messages';
import { pageTitle } from '../../core/navigation/page-title';
import { SessionStore } from '../../core/session/session-store';
import { InboxReturn } from '../../tasks/inbox-return';
import { latestAnswer } from '../../tasks/latest-answer';
import { AccessDecisionForm } from '../../task-forms/access-decision-form';
import { ControlTask } from '../../task-forms/control-task';
import { ConcernTaskForm } from '../../concern-inbox/concern-task-form';
import { CorrectionTask } from '../../task-forms/correction-task';
import {
  isTaskId,
  TASKS_URL,
  TaskDetails,
  toTaskDetails,
} from '../../tasks/task';
import {
  formatDateTime,
  isOverdue,
  STATUS_LABELS,
  unitLabel,
} from '../../tasks/task-labels';

interface Detail {
  readonly term: string;
  readonly value: string;
}

/**
 * One task: what it is about, and its form. The half-year report's control and correction tasks
 * have theirs (`task-forms/`); the other tasks show a notice until theirs come.
 */
@Component({
  selector: 'app-task-page',
  imports: [
    RouterLink,
    ControlTask,
    CorrectionTask,
    AccessDecisionForm,
    ConcernTaskForm,
  ],
  templateUrl: './task-page.html',
  styleUrl: './task-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskPage {
  private readonly title = inject(Title);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly inboxUrl = inject(InboxReturn).url;
  /** A tree, not a string: `routerLink` would read "?" in a string as part of the path. */
  protected readonly back = computed(() =>
    this.router.parseUrl(this.inboxUrl()),
  );

  private readonly ids = inject(ActivatedRoute).paramMap.pipe(
    map((params) => params.get('id') ?? ''),
  );
  protected readonly id = toSignal(this.ids, { requireSync: true });
  protected readonly task = latestAnswer<TaskDetails>(
    this.ids.pipe(
      map((id) =>
        isTaskId(id) ? { url: `${TASKS_URL}/${encodeURIComponent(id)}` } : null,
      ),
    ),
    toTaskDetails,
    (task) => this.title.setTitle(pageTitle(task.name)),
  );
  protected readonly value = this.task.value;
  protected readonly notFound = computed(
    () =>
      !isTaskId(this.id()) ||
      errorCodeOf(this.task.error()) === 'COMMON.NOT_FOUND',
  );
  protected readonly error = computed(() => {
    const error = this.task.error();
    return error && !this.notFound() ? errorMessageOf(error) : null;
  });
  protected readonly details = computed<Detail[]>(() => {
    const task = this.value();
    if (!task) return [];
    const overdue = isOverdue(task, Date.now());
    const rows: Array<[string, string]> = [
      ['Reference', task.reference ?? 'Uten referanse'],
      ['Rapporteringsenhet', unitLabel(task.reportingUnit)],
      [
        'Ansvarlig etat',
        task.responsibleOffice?.name ?? task.responsibleOffice?.id ?? '',
      ],
      ['Innsendt', formatDateTime(task.submittedAt)],
      ['Opprettet', formatDateTime(task.createdAt)],
      [
        'Frist',
        formatDateTime(task.dueAt) + (overdue ? ' (fristen er passert)' : ''),
      ],
      ['Oppgavens status', STATUS_LABELS[task.status]],
      ['Fullført', formatDateTime(task.completedAt)],
      ['Tildelt', this.assigneeLabel(task.assignee)],
      ['ID', task.id],
    ];
    return rows
      .filter(([, value]) => value !== '')
      .map(([term, value]) => ({ term, value }));
  });
  /** After a confirm the task is solved: back to the inbox the caseworker came from. */
  protected backToInbox(): void {
    void this.router.navigateByUrl(this.inboxUrl());
  }

  private assigneeLabel(assignee: string | null): string {
    if (!assignee) return 'Ingen';
    return assignee === this.session.user()?.id
      ? 'Deg'
      : 'En annen saksbehandler';
  }
}
