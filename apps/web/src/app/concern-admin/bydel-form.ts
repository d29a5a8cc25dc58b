import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ConcernServiceView } from '@bvr/contracts';
import { errorMessageOf } from '../core/http/error-messages';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/error-summary';
import { ConcernAdminApi } from './concern-admin-api';
import { bodyMessage, detailErrors } from './concern-admin-rules';
import {
  BYDEL_FIELDS,
  BYDEL_UNIT_PREFIX,
  type BydelDraft,
  bydelErrors,
  bydelRequest,
  EMPTY_BYDEL,
  fieldForBydelPath,
} from './bydel-form-rules';
import { UnitDetailsFields } from './unit-details-fields';
import type { UnitDetailsDraft } from './unit-details-rules';

/** «Opprett bydel»: name, number, post address, contact and alert e-mails of a new bydel. */
@Component({
  selector: 'app-bydel-form',
  imports: [ErrorSummary, UnitDetailsFields],
  templateUrl: './bydel-form.html',
  styleUrl: './bydel-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BydelForm {
  private readonly api = inject(ConcernAdminApi);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild(ErrorSummary);
  private readonly heading =
    viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly problemAlert =
    viewChild<ElementRef<HTMLElement>>('problemAlert');

  readonly kommunenummer = input.required<string>();
  /** The bydelsnumre the kommune has: a new bydel needs another. */
  readonly existing = input.required<readonly string[]>();
  readonly created = output<ConcernServiceView>();
  readonly cancelled = output<void>();

  protected readonly draft = signal<BydelDraft>(EMPTY_BYDEL);
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly ids = BYDEL_FIELDS;
  protected readonly unitPrefix = BYDEL_UNIT_PREFIX;

  constructor() {
    this.after(() => this.heading().nativeElement.focus());
  }

  protected errorFor(fieldId: string): string | null {
    return this.errors().find((e) => e.fieldId === fieldId)?.message ?? null;
  }

  protected setText(field: 'bydelsnavn' | 'bydelsnummer', event: Event): void {
    this.update({ [field]: (event.target as HTMLInputElement).value });
  }

  protected setUnit(enhet: UnitDetailsDraft): void {
    this.update({ enhet });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.problem.set(null);
    const errors = bydelErrors(this.draft(), this.existing());
    this.errors.set(errors);
    if (errors.length) return this.after(() => this.summary()?.focus());
    this.busy.set(true);
    try {
      this.created.emit(
        await this.api.addBydel(
          this.kommunenummer(),
          bydelRequest(this.draft()),
        ),
      );
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy.set(false);
    }
  }

  private failed(error: unknown): void {
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    const body = error instanceof HttpErrorResponse ? error.error : null;
    if (status === 409) {
      this.errors.set([
        {
          fieldId: BYDEL_FIELDS.bydelsnummer,
          message:
            bodyMessage(body) ??
            'Kommunen har allerede en bydel med dette nummeret.',
        },
      ]);
      return this.after(() => this.summary()?.focus());
    }
    const details =
      status === 400
        ? detailErrors(body, fieldForBydelPath, BYDEL_FIELDS.bydelsnavn)
        : [];
    if (details.length) {
      this.errors.set(details);
      return this.after(() => this.summary()?.focus());
    }
    this.problem.set(
      status === 400 || status === 422
        ? (bodyMessage(body) ?? errorMessageOf(error))
        : errorMessageOf(error),
    );
    this.after(() => this.problemAlert()?.nativeElement.focus());
  }

  private update(change: Partial<BydelDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
    if (this.errors().length)
      this.errors.set(bydelErrors(this.draft(), this.existing()));
  }

  private after(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
