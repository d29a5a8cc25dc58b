import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
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
  formatOsloDateTime,
  inboxSections,
  replaceMessage,
  statusLabel,
  TYPE_LABELS,
} from './concern-inbox-rules';
import { ConcernMessageActions } from './concern-message-actions';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready' };

/**
 * «Motta bekymringsmeldinger»: the messages of the caseworker's units, «Venter på bekreftelse»
 * first (download, upload to the case system, delete, «Bekreft»), then «Bekreftet / sendt».
 */
@Component({
  selector: 'app-concern-inbox-page',
  imports: [ConcernMessageActions, ConcernConfirmDialog],
  templateUrl: './concern-inbox-page.html',
  styleUrl: './concern-inbox-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernInboxPage {
  private readonly api = inject(ConcernInboxApi);
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required(ConcernConfirmDialog);
  private readonly notice = viewChild<ElementRef<HTMLElement>>('noticeMessage');

  protected readonly loaded = signal<Loaded>({ status: 'loading' });
  protected readonly messages = signal<readonly ConcernMessage[]>([]);
  protected readonly sections = computed(() => inboxSections(this.messages()));
  /** After «Bekreft»: what happened, where focus goes once the row has moved. */
  protected readonly outcome = signal<{
    text: string;
    color: 'success' | 'danger' | 'warning';
  } | null>(null);

  protected readonly formatDateTime = formatOsloDateTime;
  protected readonly statusLabel = statusLabel;
  protected readonly typeLabels = TYPE_LABELS;

  constructor() {
    void this.load();
  }

  protected openConfirm(message: ConcernMessage): void {
    this.outcome.set(null);
    this.dialog().open(message);
  }

  protected async refresh(id: string): Promise<void> {
    try {
      const message = await this.api.one(id);
      this.messages.update((all) => replaceMessage(all, message));
    } catch {
      await this.load();
    }
  }

  protected async confirmed({ id, outcome }: ConfirmResult): Promise<void> {
    const referanse = this.messages().find((m) => m.id === id)?.referanse ?? '';
    if (outcome.kind === 'confirmed') {
      if (outcome.message) {
        const changed = outcome.message;
        this.messages.update((all) => replaceMessage(all, changed));
      } else await this.refresh(id);
      this.outcome.set({
        text: `Bekymringsmelding ${referanse} er bekreftet og slettes fra våre systemer.`,
        color: 'success',
      });
    } else {
      this.outcome.set({
        text: outcome.text,
        color: outcome.gone ? 'warning' : 'danger',
      });
      await this.load();
    }
    afterNextRender(
      { write: () => this.notice()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }

  protected async load(): Promise<void> {
    try {
      this.messages.set(await this.api.list());
      this.loaded.set({ status: 'ready' });
    } catch (error) {
      this.loaded.set({ status: 'failed', message: errorMessageOf(error) });
    }
  }
}
