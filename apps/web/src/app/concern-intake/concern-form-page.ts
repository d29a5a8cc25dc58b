import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  computed,
  Directive,
  DOCUMENT,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
  type WritableSignal,
} from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/error-summary';
import {
  fieldId,
  type FieldPath,
  type FormKind,
  gaveEmail,
  setIn,
  summaryItems,
} from './concern-fields';
import type { SendAnswer } from './concern-receipt';
import { ConcernReceiptStore } from './concern-receipt-store';
import { findKommune, type RecipientKommune } from './concern-recipients';
import {
  MESSAGES,
  type SendProblem,
  sendProblemOf,
} from './concern-send-problem';
import { ConcernIntakeApi } from './concern-intake-api';
import { ConcernSendKey } from './concern-send-key';

type Recipients =
  | { readonly status: 'loading' | 'failed' }
  | { readonly status: 'ready'; readonly kommuner: RecipientKommune[] };

export type ProblemMessage = Extract<SendProblem, { kind: 'message' }>;

/** What every draft has: where it goes, and where the confirmation goes. */
export interface RoutedDraft {
  readonly kommunenummer: string;
  readonly bydelsnummer: string;
  readonly kvitteringEpost: string;
}

/**
 * The behaviour both intake forms share: the list of kommuner, field ids and errors from the
 * contract's paths, checking on «Send» (and again on every change after a failed attempt), one
 * send at a time, and the receipt. Nothing typed is kept anywhere but in the page.
 */
@Directive()
export abstract class ConcernFormPage<D extends RoutedDraft> {
  protected readonly api = inject(ConcernIntakeApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly receipts = inject(ConcernReceiptStore);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ErrorSummary);
  private readonly problemAlert =
    viewChild<ElementRef<HTMLElement>>('problemAlert');

  protected abstract readonly form: FormKind;
  /** The order of the fields, for the error summary of a server's answer. */
  protected abstract readonly order: readonly string[];
  protected abstract readonly draft: WritableSignal<D>;
  protected abstract validate(draft: D): ErrorSummaryItem[];
  protected abstract send(
    draft: D,
    idempotencyKey: string,
  ): Promise<SendAnswer>;

  protected readonly recipients = signal<Recipients>({ status: 'loading' });
  protected readonly kommuner = computed(() => {
    const recipients = this.recipients();
    return recipients.status === 'ready' ? recipients.kommuner : [];
  });
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly problem = signal<ProblemMessage | null>(null);
  protected readonly busy = signal(false);
  /** One per filled-in form: a new page (after a receipt, or a reload) starts a new message. */
  private readonly sendKey = new ConcernSendKey();
  /** Keys for rows added to lists (children, guardians), so rows keep their DOM when one is removed. */
  private nextKey = 1;

  constructor() {
    this.receipts.clear();
    void this.loadRecipients();
  }

  protected id(path: FieldPath): string {
    return fieldId(this.form, path);
  }

  protected errorFor(path: FieldPath): string | null {
    const id = this.id(path);
    return this.errors().find((e) => e.fieldId === id)?.message ?? null;
  }

  protected set(path: FieldPath, value: unknown): void {
    this.update((draft) => setIn(draft, path, value));
  }

  /** A new kommune: the bydel chosen for the old one no longer applies. */
  protected setKommune(kommunenummer: string): void {
    this.update((draft) => ({ ...draft, kommunenummer, bydelsnummer: '' }));
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected newKey(): number {
    return this.nextKey++;
  }

  /** After a failed attempt, fields are checked again as the person changes them. */
  protected update(change: (draft: D) => D): void {
    this.draft.update(change);
    if (this.errors().length) this.errors.set(this.validate(this.draft()));
  }

  /** Focus on a field once it is rendered (a row just added, or the button after a row is removed). */
  protected focusLater(id: string): void {
    this.after(() => this.document.getElementById(id)?.focus());
  }

  protected async loadRecipients(): Promise<void> {
    this.recipients.set({ status: 'loading' });
    try {
      const kommuner = await this.api.recipients();
      this.recipients.set({ status: 'ready', kommuner });
      // A kommune that no longer takes messages cannot stay chosen.
      if (!findKommune(kommuner, this.draft().kommunenummer))
        this.draft.update((d) => ({
          ...d,
          kommunenummer: '',
          bydelsnummer: '',
        }));
    } catch {
      this.recipients.set({ status: 'failed' });
    }
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.problem.set(null);
    const draft = this.draft();
    const errors = this.validate(draft);
    this.errors.set(errors);
    if (errors.length) return this.after(() => this.summary()?.focus());
    this.busy.set(true);
    try {
      const answer = await this.send(draft, this.sendKey.current());
      this.receipts.set({
        ...answer,
        kind: this.form,
        confirmationEmail: gaveEmail(draft.kvitteringEpost),
      });
      await this.router.navigate(['..', 'kvittering'], {
        relativeTo: this.route,
      });
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy.set(false);
    }
  }

  private failed(error: unknown): void {
    if (!(error instanceof HttpErrorResponse))
      return this.showProblem({
        kind: 'message',
        message: MESSAGES.unavailable,
      });
    this.sendKey.failed(error.status, error.error);
    const problem = sendProblemOf(error.status, error.error);
    if (problem.kind === 'fields') {
      const items = summaryItems(this.form, problem.issues, this.order);
      if (items.length === 0)
        return this.showProblem({ kind: 'message', message: MESSAGES.invalid });
      this.errors.set(items);
      return this.after(() => this.summary()?.focus());
    }
    if (problem.reloadRecipients) void this.loadRecipients();
    this.showProblem(problem);
  }

  private showProblem(problem: ProblemMessage): void {
    this.problem.set(problem);
    this.after(() => this.problemAlert()?.nativeElement.focus());
  }

  private after(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
