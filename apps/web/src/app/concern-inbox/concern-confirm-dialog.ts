import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ConcernInboxApi, type ConfirmOutcome } from './concern-inbox-api';
import {
  type ConcernMessage,
  CONFIRM_STEPS,
  CONFIRM_WARNING,
} from './concern-inbox-rules';

/** What happened to which message after «Bekreft» in the dialog. */
export interface ConfirmResult {
  readonly id: string;
  readonly outcome: ConfirmOutcome;
}

/**
 * «Bekreft» of one message: a modal dialog with the guide's steps and warning; focus moves to its
 * heading, Escape or «Avbryt» closes it (focus returns to the button that opened it).
 */
@Component({
  selector: 'app-concern-confirm-dialog',
  templateUrl: './concern-confirm-dialog.html',
  styleUrl: './concern-confirm-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernConfirmDialog {
  private readonly api = inject(ConcernInboxApi);
  private readonly dialog =
    viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly heading =
    viewChild.required<ElementRef<HTMLElement>>('heading');

  /** After the request, whatever its outcome; the dialog is closed by then. */
  readonly result = output<ConfirmResult>();

  protected readonly message = signal<ConcernMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly steps = CONFIRM_STEPS;
  protected readonly warning = CONFIRM_WARNING;

  open(message: ConcernMessage): void {
    this.message.set(message);
    const dialog = this.dialog().nativeElement;
    if (!dialog.open) dialog.showModal();
    this.heading().nativeElement.focus();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  protected async confirm(): Promise<void> {
    const message = this.message();
    if (this.busy() || !message) return;
    this.busy.set(true);
    try {
      const outcome = await this.api.confirm(message.id);
      this.close();
      this.result.emit({ id: message.id, outcome });
    } finally {
      this.busy.set(false);
    }
  }
}
