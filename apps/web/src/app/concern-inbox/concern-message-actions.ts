import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { errorMessageOf } from '../core/http/error-messages';
import { ConcernInboxApi } from './concern-inbox-api';
import {
  canConfirm,
  type ConcernMessage,
  CONFIRM_NEEDS_DOWNLOAD,
  pdfFileName,
} from './concern-inbox-rules';

/**
 * «Last ned» and «Bekreft» for one waiting message. The PDF is fetched (the session cookie goes
 * along) and saved as `bekymringsmelding-<referanse>.pdf`; then the row is fetched again, since the
 * service counts the download. «Bekreft» stays unavailable until a download, and says why.
 */
@Component({
  selector: 'app-concern-message-actions',
  templateUrl: './concern-message-actions.html',
  styleUrl: './concern-message-actions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernMessageActions {
  private readonly api = inject(ConcernInboxApi);
  private readonly document = inject(DOCUMENT);

  readonly message = input.required<ConcernMessage>();
  /** After a download: fetch this message again. */
  readonly downloaded = output<string>();
  /** «Bekreft», when allowed: open the confirm dialog. */
  readonly confirmRequested = output<ConcernMessage>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly confirmable = computed(() => canConfirm(this.message()));
  protected readonly needsDownload = CONFIRM_NEEDS_DOWNLOAD;
  protected readonly reasonId = computed(
    () => `concern-confirm-reason-${this.message().id}`,
  );
  protected readonly problemId = computed(
    () => `concern-download-problem-${this.message().id}`,
  );

  protected async download(): Promise<void> {
    if (this.busy()) return;
    const message = this.message();
    this.busy.set(true);
    this.problem.set(null);
    try {
      const blob = await this.api.pdf(message.id);
      this.save(blob, pdfFileName(message));
      this.downloaded.emit(message.id);
    } catch (error) {
      this.problem.set(
        `Bekymringsmeldingen kunne ikke lastes ned. ${errorMessageOf(error)}`,
      );
    } finally {
      this.busy.set(false);
    }
  }

  protected confirm(): void {
    if (this.confirmable()) this.confirmRequested.emit(this.message());
  }

  private save(blob: Blob, fileName: string): void {
    const view = this.document.defaultView;
    if (!view) return;
    const url = view.URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.document.body.append(link);
    link.click();
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
  }
}
