import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { errorMessageOf } from '../core/http/error-messages';
import { CharCounter } from '../task-forms/char-counter';
import { describeSummary, isEmptyDiff, type ModelDiff } from './model-diff';
import { ProcessEditorApi } from './process-editor-api';
import {
  CHANGE_NOTE_MAX,
  changeNoteError,
  type DeployOutcome,
  type ModelProblem,
  problemCount,
} from './process-editor-rules';

/** What the dialog publishes and compares against. */
export interface PublishContext {
  readonly xml: string;
  /** The key the model deploys as (its process id). */
  readonly processKey: string | null;
  /** The key the page was opened for; null for «Ny prosess». */
  readonly openedKey: string | null;
  /** The version the diff compares against; null when the key has never been deployed. */
  readonly baseVersion: number | null;
  /** Null when the diff could not be made (the previous version could not be read). */
  readonly diff: ModelDiff | null;
  /** The problems the live check knows of right now. */
  readonly knownProblems: number;
}

/** A deployment that happened (or found nothing to deploy), or one refused with problems. */
export type PublishResult = Exclude<DeployOutcome, { kind: 'too-large' }>;

/** The outcome with the XML that was sent. */
export interface PublishEvent {
  readonly outcome: PublishResult;
  readonly xml: string;
}

/**
 * «Publiser ny versjon»: a modal dialog with the change note (required) and what changed since the
 * deployed version. Escape or «Avbryt» closes it; the browser returns focus to the opening button.
 */
@Component({
  selector: 'app-publish-dialog',
  imports: [CharCounter],
  templateUrl: './publish-dialog.html',
  styleUrl: './publish-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishDialog {
  private readonly api = inject(ProcessEditorApi);
  private readonly dialog =
    viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly heading =
    viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly noteField =
    viewChild.required<ElementRef<HTMLTextAreaElement>>('noteField');

  /** After a deployment (or a refusal with problems); the dialog is closed after a deployment. */
  readonly result = output<PublishEvent>();

  protected readonly max = CHANGE_NOTE_MAX;
  protected readonly context = signal<PublishContext | null>(null);
  protected readonly note = signal('');
  protected readonly noteError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly refused = signal<readonly ModelProblem[]>([]);
  protected readonly describe = describeSummary;
  protected readonly problemCount = problemCount;

  protected readonly diff = computed(() => this.context()?.diff ?? null);
  protected readonly unchangedElements = computed(() => {
    const diff = this.diff();
    return diff !== null && isEmptyDiff(diff);
  });
  protected readonly keyChanged = computed(() => {
    const context = this.context();
    return context?.openedKey && context.processKey !== context.openedKey
      ? { from: context.openedKey, to: context.processKey ?? '' }
      : null;
  });

  open(context: PublishContext): void {
    this.context.set(context);
    this.noteError.set(null);
    this.failure.set(null);
    this.refused.set([]);
    const dialog = this.dialog().nativeElement;
    if (!dialog.open) dialog.showModal();
    this.heading().nativeElement.focus();
  }

  protected close(): void {
    if (!this.busy()) this.dialog().nativeElement.close();
  }

  /** Escape: not while the deployment is on its way (its answer must be seen). */
  protected cancel(event: Event): void {
    if (this.busy()) event.preventDefault();
  }

  protected typed(event: Event): void {
    this.note.set((event.target as HTMLTextAreaElement).value);
    if (this.noteError()) this.noteError.set(changeNoteError(this.note()));
  }

  protected async publish(): Promise<void> {
    const context = this.context();
    if (this.busy() || !context) return;
    const error = changeNoteError(this.note());
    this.noteError.set(error);
    if (error) {
      this.noteField().nativeElement.focus();
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    this.refused.set([]);
    try {
      const outcome = await this.api.deploy(context.xml, this.note().trim());
      switch (outcome.kind) {
        case 'too-large':
          this.failure.set(
            'Modellen er for stor til å publiseres. Del den opp eller fjern det som ikke trengs.',
          );
          break;
        case 'invalid':
          this.refused.set(outcome.problems);
          this.result.emit({ outcome, xml: context.xml });
          break;
        default:
          this.note.set('');
          this.busy.set(false);
          this.close();
          this.result.emit({ outcome, xml: context.xml });
      }
    } catch (failure) {
      this.failure.set(errorMessageOf(failure));
    } finally {
      this.busy.set(false);
    }
  }
}
