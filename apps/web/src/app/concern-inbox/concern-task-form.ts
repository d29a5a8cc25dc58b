import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { errorMessageOf } from '../core/http/error-messages';
import {
  ConcernConfirmDialog,
  type ConfirmResult,
} from './concern-confirm-dialog';
import { ConcernInboxApi } from './concern-inbox-api';
import {
  type ConcernMessage,
  CONFIRM_STEPS,
  formatOsloDateTime,
  isWaiting,
  statusLabel,
  TYPE_LABELS,
} from './concern-inbox-rules';
import { ConcernMessageActions } from './concern-message-actions';

/**
 * The task «bekymringsmelding:motta»: one message (the task's businessKey) with «Last ned» and
 * «Bekreft», as in «Motta bekymringsmeldinger». `done` fires after a successful confirm.
 */
@Component({
  selector: 'app-concern-task-form',
  imports: [ConcernMessageActions, ConcernConfirmDialog],
  templateUrl: './concern-task-form.html',
  styleUrl: './concern-task-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernTaskForm {
  private readonly api = inject(ConcernInboxApi);
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required(ConcernConfirmDialog);
  private readonly notice = viewChild<ElementRef<HTMLElement>>('noticeMessage');

  /** The message id: the task's businessKey. */
  readonly messageId = input.required<string>();
  readonly done = output<void>();

  protected readonly steps = CONFIRM_STEPS;
  protected readonly message = signal<ConcernMessage | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly outcome = signal<{
    text: string;
    color: 'success' | 'danger' | 'warning';
  } | null>(null);
  protected readonly waiting = computed(() => {
    const message = this.message();
    return message !== null && isWaiting(message);
  });
  protected readonly details = computed(() => {
    const message = this.message();
    if (!message) return [];
    const rows: Array<[string, string]> = [
      ['Referanse', message.referanse],
      ['Mottatt', formatOsloDateTime(message.mottatt)],
      ['Mottaker', message.mottaker],
      ['Type', TYPE_LABELS[message.type]],
      ['Status', statusLabel(message)],
      [
        'Frist for brevpost',
        formatOsloDateTime(message.brevpostFrist) || 'Ingen',
      ],
      [
        'Sist lastet ned',
        message.sistLastetNed
          ? `${formatOsloDateTime(message.sistLastetNed.tidspunkt)} av ${message.sistLastetNed.av}`
          : 'Ikke lastet ned',
      ],
    ];
    if (message.bekreftet)
      rows.push([
        'Bekreftet',
        `${formatOsloDateTime(message.bekreftet.tidspunkt)} av ${message.bekreftet.av}`,
      ]);
    return rows.map(([term, value]) => ({ term, value }));
  });

  constructor() {
    effect(() => {
      const id = this.messageId();
      untracked(() => void this.load(id));
    });
  }

  protected openConfirm(message: ConcernMessage): void {
    this.outcome.set(null);
    this.dialog().open(message);
  }

  protected reload(): Promise<void> {
    return this.load(this.messageId());
  }

  protected async confirmed({ outcome }: ConfirmResult): Promise<void> {
    if (outcome.kind === 'confirmed') {
      if (outcome.message) this.message.set(outcome.message);
      else await this.reload();
      this.outcome.set({
        text: 'Bekymringsmeldingen er bekreftet og slettes fra våre systemer.',
        color: 'success',
      });
      this.done.emit();
    } else {
      this.outcome.set({
        text: outcome.text,
        color: outcome.gone ? 'warning' : 'danger',
      });
      await this.reload();
    }
    afterNextRender(
      { write: () => this.notice()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      this.message.set(await this.api.one(id));
    } catch (error) {
      this.loadError.set(errorMessageOf(error));
    }
  }
}
