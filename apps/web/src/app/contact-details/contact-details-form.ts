import { HttpErrorResponse } from '@angular/common/http';
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
  output,
  signal,
  viewChild,
} from '@angular/core';
import { contactDetailsSchema } from '@bvr/contracts';
import { errorMessageOf } from '../core/http/error-messages';
import { Me } from '../core/session/me';
import {
  ContactDetailsInput,
  SessionStore,
} from '../core/session/session-store';
import { ErrorSummary, ErrorSummaryItem } from '../ui/error-summary';
import {
  CONTACT_FIELDS,
  ContactField,
  FieldErrors,
  fieldErrorsOf,
  serverFieldErrors,
} from './contact-details-errors';

interface FieldSpec {
  readonly key: ContactField;
  readonly label: string;
  readonly type: 'text' | 'email' | 'tel';
  readonly autocomplete: string;
  readonly description?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { key: 'name', label: 'Navn', type: 'text', autocomplete: 'name' },
  {
    key: 'email',
    label: 'E-post på arbeidsstedet',
    type: 'email',
    autocomplete: 'email',
  },
  {
    key: 'phone',
    label: 'Telefon på arbeidsstedet',
    type: 'tel',
    autocomplete: 'tel',
    description: 'Norsk nummer, for eksempel 912 34 567',
  },
];

/**
 * Name, work e-mail and work phone, validated with the contract's `contactDetailsSchema` (the same
 * schema the identity service uses), saved with `PUT /api/identity/me`. Emits the saved profile.
 */
@Component({
  selector: 'app-contact-details-form',
  imports: [ErrorSummary],
  templateUrl: './contact-details-form.html',
  styleUrl: './contact-details-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactDetailsForm {
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly summary = viewChild(ErrorSummary);
  private readonly formAlert = viewChild<ElementRef<HTMLElement>>('formAlert');

  readonly heading = input.required<string>();
  readonly initial = input.required<ContactDetailsInput>();
  readonly saved = output<Me>();

  protected readonly fields = FIELDS;
  protected readonly headingId = 'contact-details-heading';
  protected readonly values = linkedSignal(() => ({ ...this.initial() }));
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly saving = signal(false);
  /** Fields are checked again as the person leaves them, but only after a first attempt to save. */
  private readonly attempted = signal(false);

  protected readonly summaryItems = computed<ErrorSummaryItem[]>(() =>
    CONTACT_FIELDS.flatMap((key) => {
      const message = this.errors()[key];
      return message ? [{ fieldId: this.idOf(key), message }] : [];
    }),
  );

  protected idOf(key: ContactField): string {
    return `contact-${key}`;
  }

  protected describedBy(field: FieldSpec): string | null {
    const ids = [
      field.description ? `${this.idOf(field.key)}-description` : null,
      this.errors()[field.key] ? `${this.idOf(field.key)}-error` : null,
    ].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  focusFirstField(): void {
    this.host.nativeElement.querySelector<HTMLElement>('input')?.focus();
  }

  protected update(key: ContactField, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.values.update((values) => ({ ...values, [key]: value }));
  }

  protected recheck(key: ContactField): void {
    if (!this.attempted()) return;
    const parsed = contactDetailsSchema.safeParse(this.values());
    const message = parsed.success
      ? undefined
      : fieldErrorsOf(parsed.error.issues)[key];
    this.errors.update((errors) => ({ ...errors, [key]: message }));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.attempted.set(true);
    this.formError.set(null);
    const parsed = contactDetailsSchema.safeParse(this.values());
    if (!parsed.success)
      return this.showFieldErrors(fieldErrorsOf(parsed.error.issues));
    this.errors.set({});
    this.saving.set(true);
    try {
      this.saved.emit(await this.session.saveContactDetails(parsed.data));
    } catch (error) {
      const fieldErrors =
        error instanceof HttpErrorResponse
          ? serverFieldErrors(error.status, error.error)
          : null;
      if (fieldErrors) this.showFieldErrors(fieldErrors);
      else this.showFormError(errorMessageOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  private showFieldErrors(errors: FieldErrors): void {
    this.errors.set(errors);
    afterNextRender(
      { write: () => this.summary()?.focus() },
      { injector: this.injector },
    );
  }

  private showFormError(message: string): void {
    this.formError.set(message);
    afterNextRender(
      { write: () => this.formAlert()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }
}
