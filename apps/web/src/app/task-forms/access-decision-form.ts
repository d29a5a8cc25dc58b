import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { errorCodeOf, errorMessageOf } from '../core/http/error-messages';
import { InboxReturn } from '../tasks/inbox-return';
import type { TaskDetails } from '../tasks/task';
import { formatDateTime } from '../tasks/task-labels';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/error-summary';
import { AccessDecisionConfirm } from './access-decision-confirm';
import {
  accessDecisionErrors,
  accessDecisionOutcome,
  APPLICANT_KIND_LABELS,
  approvedLabel,
  APPROVED_FIELD,
} from './access-decision-rules';
import { CompletionKey } from './completion-key';
import { ReportTaskApi } from './report-task-api';

/**
 * «Godkjenne rapporttilgang» (`tilgangssoknad:behandle`): who applied, then «Godkjenner» Ja/Nei,
 * «Fortsett arbeidsflyt» and «Bekreft». A solved task shows the decision, read-only.
 */
@Component({
  selector: 'app-access-decision-form',
  imports: [ErrorSummary, AccessDecisionConfirm, RouterLink],
  templateUrl: './access-decision-form.html',
  styleUrls: ['./control-form.css', './access-decision-form.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessDecisionForm {
  private readonly api = inject(ReportTaskApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly inboxUrl = inject(InboxReturn).url;
  protected readonly inboxTree = computed(() =>
    this.router.parseUrl(this.inboxUrl()),
  );
  private readonly summary = viewChild(ErrorSummary);
  private readonly confirmStep = viewChild(AccessDecisionConfirm);
  private readonly continueButton =
    viewChild<ElementRef<HTMLElement>>('continueButton');
  private readonly problemAlert =
    viewChild<ElementRef<HTMLElement>>('problemAlert');

  readonly task = input.required<TaskDetails>();

  protected readonly approved = linkedSignal<boolean | null>(
    () => this.task().accessDecision?.approved ?? null,
  );
  protected readonly step = signal<'edit' | 'confirm'>('edit');
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly problem = signal<{
    message: string;
    toInbox: boolean;
  } | null>(null);
  protected readonly busy = signal(false);
  private readonly completion = new CompletionKey();

  protected readonly approvedId = APPROVED_FIELD;
  protected readonly applicant = computed(
    () => this.task().application?.applicantName ?? 'Søkeren',
  );
  protected readonly details = computed(() => {
    const application = this.task().application;
    const kind = application?.applicantKind;
    return [
      { term: 'Søker', value: application?.applicantName ?? 'Ukjent' },
      { term: 'Representerer', value: application?.represents ?? 'Ukjent' },
      {
        term: 'Type søker',
        value: kind ? APPLICANT_KIND_LABELS[kind] : 'Ukjent',
      },
      {
        term: 'Søknad sendt',
        value: formatDateTime(application?.submittedAt ?? null) || 'Ukjent',
      },
    ];
  });
  protected readonly outcomeLabel = computed(() =>
    approvedLabel(this.task().accessDecision?.approved),
  );

  protected error(): string | null {
    return this.errors()[0]?.message ?? null;
  }

  protected setApproved(approved: boolean): void {
    this.approved.set(approved);
    if (this.errors().length) this.errors.set([]);
  }

  protected continue(event: Event): void {
    event.preventDefault();
    this.problem.set(null);
    const errors = accessDecisionErrors({ approved: this.approved() });
    this.errors.set(errors);
    if (errors.length) return this.after(() => this.summary()?.focus());
    this.completion.open();
    this.step.set('confirm');
    this.after(() => this.confirmStep()?.focus());
  }

  protected back(): void {
    this.completion.close();
    this.step.set('edit');
    this.after(() => this.continueButton()?.nativeElement.focus());
  }

  protected async confirm(): Promise<void> {
    if (this.busy() || !this.completion.isOpen) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.complete(
        this.task().id,
        accessDecisionOutcome({ approved: this.approved() }),
        this.completion.current(),
      );
      await this.router.navigateByUrl(this.inboxUrl());
    } catch (error) {
      const code = errorCodeOf(error);
      this.problem.set({
        message: errorMessageOf(error),
        toInbox:
          code === 'WORKFLOW.TASK_NOT_OPEN' || code === 'WORKFLOW.TASK_CLAIMED',
      });
      this.after(() => this.problemAlert()?.nativeElement.focus());
    } finally {
      this.busy.set(false);
    }
  }

  private after(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
