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
import { SessionStore } from '../core/session/session-store';
import { formatDate } from '../tasks/task-labels';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/error-summary';
import {
  AccessApplicationApi,
  type UnitChoices,
} from './access-application-api';
import {
  type ApplicantKind,
  type ApplicationDraft,
  applicationErrors,
  applicationRequest,
  EMPTY_DRAFT,
  FIELDS,
  type MyApplication,
} from './access-application-rules';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly latest: MyApplication | null };

/**
 * «Søknad om tilgang til utrapportering», on «Utrapportering» for someone without a reader grant:
 * how the latest application stands, and the form while none waits for a decision.
 */
@Component({
  selector: 'app-access-application',
  imports: [ErrorSummary],
  templateUrl: './access-application.html',
  styleUrl: './access-application.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessApplication {
  private readonly api = inject(AccessApplicationApi);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild(ErrorSummary);
  private readonly pendingHeading =
    viewChild<ElementRef<HTMLElement>>('pendingHeading');
  private readonly problemAlert =
    viewChild<ElementRef<HTMLElement>>('problemAlert');

  protected readonly applicant = inject(SessionStore).displayName;
  protected readonly loaded = signal<Loaded>({ status: 'loading' });
  protected readonly choices = signal<UnitChoices>({ units: [], kommuner: [] });
  protected readonly draft = signal<ApplicationDraft>(EMPTY_DRAFT);
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly ids = FIELDS;

  protected readonly latest = computed(() => {
    const loaded = this.loaded();
    return loaded.status === 'ready' ? loaded.latest : null;
  });
  protected readonly pending = computed(
    () => this.latest()?.status === 'pending',
  );
  protected readonly formatDate = formatDate;

  constructor() {
    void this.load();
  }

  protected errorFor(fieldId: string): string | null {
    return this.errors().find((e) => e.fieldId === fieldId)?.message ?? null;
  }

  protected describedBy(...ids: Array<string | null>): string | null {
    const present = ids.filter((id): id is string => !!id);
    return present.length ? present.join(' ') : null;
  }

  protected setKind(kind: ApplicantKind): void {
    this.update({ kind });
  }

  protected setValue(
    field: 'unitId' | 'kommuneId' | 'organisation',
    event: Event,
  ): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.update({ [field]: value });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.problem.set(null);
    const errors = applicationErrors(this.draft());
    this.errors.set(errors);
    if (errors.length) return this.after(() => this.summary()?.focus());
    this.busy.set(true);
    try {
      const created = await this.api.submit(applicationRequest(this.draft()));
      this.loaded.set({ status: 'ready', latest: created });
      this.draft.set(EMPTY_DRAFT);
      this.after(() => this.pendingHeading()?.nativeElement.focus());
    } catch (error) {
      this.problem.set(errorMessageOf(error));
      this.after(() => this.problemAlert()?.nativeElement.focus());
    } finally {
      this.busy.set(false);
    }
  }

  /** After a failed attempt, fields are checked again as the person changes them. */
  private update(change: Partial<ApplicationDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
    if (this.errors().length) this.errors.set(applicationErrors(this.draft()));
  }

  private async load(): Promise<void> {
    try {
      const [mine, choices] = await Promise.all([
        this.api.mine(),
        this.api.choices(),
      ]);
      this.choices.set(choices);
      this.loaded.set({ status: 'ready', latest: mine[0] ?? null });
    } catch (error) {
      this.loaded.set({ status: 'failed', message: errorMessageOf(error) });
    }
  }

  private after(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
