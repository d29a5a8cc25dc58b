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
import type { FormDefinition, ReportValues } from '@bvr/report-forms';
import { errorCodeOf, errorMessageOf } from '../core/http/error-messages';
import { InboxReturn } from '../tasks/inbox-return';
import type { ControlDecision } from '../tasks/task';
import { ErrorSummary } from '../ui/error-summary';
import { CharCounter } from './char-counter';
import { ControlCompletion } from './control-completion';
import { ControlConfirm } from './control-confirm';
import {
  DECISION_FIELD,
  type DecisionError,
  decisionErrors,
  lengthOf,
  MESSAGE_FIELD,
  MESSAGE_MAX,
  pointFieldId,
  statsforvalterPoints,
} from './control-rules';
import { serverPointErrors } from './server-point-errors';
import { ReportTaskApi } from './report-task-api';

interface Notice {
  readonly message: string;
  /** Offer the way back to the inbox (the task was solved elsewhere). */
  readonly toInbox?: boolean;
}

const EMPTY: ControlDecision = {
  approved: null,
  returnMessage: '',
  statsforvalterValues: {},
};

/**
 * «Kontroll ok?» Ja/Nei, the message to the kommune and the Statsforvalter's own points; «Lagre»
 * keeps it on the task, «Fortsett arbeidsflyt» checks it and asks for «Bekreft» (`ControlCompletion`).
 */
@Component({
  selector: 'app-control-form',
  imports: [ErrorSummary, CharCounter, ControlConfirm, RouterLink],
  templateUrl: './control-form.html',
  styleUrl: './control-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ControlForm {
  private readonly api = inject(ReportTaskApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly inboxUrl = inject(InboxReturn).url;
  /** A tree, not a string: `routerLink` would read "?" in a string as part of the path. */
  protected readonly inboxTree = computed(() =>
    this.router.parseUrl(this.inboxUrl()),
  );
  private readonly summary = viewChild(ErrorSummary);
  private readonly confirmStep = viewChild(ControlConfirm);
  private readonly continueButton =
    viewChild<ElementRef<HTMLElement>>('continueButton');
  private readonly problemAlert =
    viewChild<ElementRef<HTMLElement>>('problemAlert');

  readonly taskId = input.required<string>();
  readonly reportId = input.required<string>();
  readonly definition = input.required<FormDefinition | null>();
  readonly unitValues = input.required<ReportValues>();
  readonly initial = input.required<ControlDecision | null>();

  protected readonly decision = linkedSignal(() => this.initial() ?? EMPTY);
  protected readonly step = signal<'edit' | 'confirm'>('edit');
  protected readonly errors = signal<readonly DecisionError[]>([]);
  protected readonly problem = signal<Notice | null>(null);
  protected readonly status = signal('');
  protected readonly busy = signal(false);
  private readonly completion = new ControlCompletion(this.api);

  protected readonly ids = { decision: DECISION_FIELD, message: MESSAGE_FIELD };
  protected readonly max = MESSAGE_MAX;
  protected readonly points = computed(() => {
    const definition = this.definition();
    return definition ? statsforvalterPoints(definition) : [];
  });
  protected readonly messageLength = computed(() =>
    lengthOf(this.decision().returnMessage),
  );
  protected readonly pointFieldId = pointFieldId;

  /** What was typed for one of the Statsforvalter's points, "" for nothing. */
  protected typed(pointId: string): string {
    return this.decision().statsforvalterValues[pointId] ?? '';
  }

  protected errorFor(fieldId: string): string | null {
    return (
      this.errors().find((error) => error.fieldId === fieldId)?.message ?? null
    );
  }

  protected describedBy(...ids: Array<string | null>): string | null {
    const present = ids.filter((id): id is string => !!id);
    return present.length ? present.join(' ') : null;
  }

  protected setApproved(approved: boolean): void {
    this.decision.update((decision) => ({ ...decision, approved }));
    this.recheck();
  }

  protected setMessage(event: Event): void {
    const returnMessage = (event.target as HTMLTextAreaElement).value;
    this.decision.update((decision) => ({ ...decision, returnMessage }));
    this.recheck();
  }

  protected setPoint(pointId: string, event: Event): void {
    const typed = (event.target as HTMLInputElement).value;
    this.decision.update((decision) => ({
      ...decision,
      statsforvalterValues: {
        ...decision.statsforvalterValues,
        [pointId]: typed,
      },
    }));
    this.recheck();
  }

  /**
   * After a failed attempt, fields are checked again as the person types, not only when they leave
   * the field: an error that vanished on blur would move the buttons under a pointer already
   * pressing «Fortsett arbeidsflyt».
   */
  protected recheck(): void {
    if (this.errors().length) this.errors.set(this.check());
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.status.set('');
    try {
      await this.api.saveDraft(this.taskId(), this.decision());
      const time = new Date().toLocaleTimeString('nb-NO', {
        hour: '2-digit',
        minute: '2-digit',
      });
      this.status.set(`Lagret kl. ${time}. Du kan fortsette senere.`);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected continue(event: Event): void {
    event.preventDefault();
    this.problem.set(null);
    const errors = this.check();
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
      await this.completion.complete(
        this.taskId(),
        this.reportId(),
        this.definition(),
        this.decision(),
      );
      await this.router.navigateByUrl(this.inboxUrl());
    } catch (error) {
      const pointErrors = serverPointErrors(error);
      if (pointErrors) {
        this.back();
        this.errors.set(pointErrors);
        this.after(() => this.summary()?.focus());
      } else this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private check(): DecisionError[] {
    return decisionErrors(
      this.decision(),
      this.definition(),
      this.unitValues(),
    );
  }

  private fail(error: unknown): void {
    const code = errorCodeOf(error);
    this.problem.set({
      message: errorMessageOf(error),
      toInbox:
        code === 'WORKFLOW.TASK_NOT_OPEN' || code === 'WORKFLOW.TASK_CLAIMED',
    });
    this.after(() => this.problemAlert()?.nativeElement.focus());
  }

  private after(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
