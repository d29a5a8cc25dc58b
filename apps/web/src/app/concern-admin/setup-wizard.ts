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
import { errorMessageOf } from '../core/http/error-messages';
import { formatOsloDateTime } from '../concern-inbox/concern-inbox-rules';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/error-summary';
import { ConcernAdminApi, type SetupResult } from './concern-admin-api';
import { bodyMessage, type KommuneReference } from './concern-admin-rules';
import {
  bydelByName,
  certificateChecked,
  EMPTY_WIZARD,
  firstInvalidStep,
  MOTTAK_LABELS,
  nextStep,
  previousStep,
  setupInput,
  setupServerErrors,
  STEP_HEADINGS,
  stepErrors,
  stepIndicator,
  UNIT_PREFIX,
  type WizardDraft,
  WIZARD_FIELDS,
  type WizardStep,
} from './setup-wizard-rules';
import { UnitDetailsFields } from './unit-details-fields';
import type { UnitDetailsDraft } from './unit-details-rules';

/** The largest key file we read: a certificate in PEM is a few kilobytes. */
const MAX_KEY_FILE = 20_000;

/**
 * The guide's wizard: one step per screen, «Gå videre» checks the step (and the public key with
 * the service), «Tilbake» keeps what was filled in; focus goes to each step's heading.
 */
@Component({
  selector: 'app-setup-wizard',
  imports: [ErrorSummary, UnitDetailsFields],
  templateUrl: './setup-wizard.html',
  styleUrl: './setup-wizard.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupWizard {
  private readonly api = inject(ConcernAdminApi);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild(ErrorSummary);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('stepHeading');
  private readonly problemAlert =
    viewChild<ElementRef<HTMLElement>>('problemAlert');

  readonly kommunenummer = input.required<string>();
  readonly kommune = input<KommuneReference | null>(null);
  /** What was filled in before going back to the introduction: kept when the wizard starts again. */
  readonly initialDraft = input<WizardDraft>(EMPTY_WIZARD);
  readonly completed = output<SetupResult>();
  /** «Tilbake» on the first step: back to the introduction, with what was filled in. */
  readonly cancelled = output<WizardDraft>();

  protected readonly draft = linkedSignal(() => this.initialDraft());
  protected readonly step = signal<WizardStep>('bydeler');
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly ids = WIZARD_FIELDS;
  protected readonly unitPrefix = UNIT_PREFIX;
  protected readonly headings = STEP_HEADINGS;
  protected readonly mottakLabels = MOTTAK_LABELS;
  protected readonly formatDateTime = formatOsloDateTime;
  protected readonly indicator = computed(() =>
    stepIndicator(this.step(), this.draft()),
  );
  protected readonly kommunenavn = computed(
    () => this.kommune()?.name ?? `Kommune ${this.kommunenummer()}`,
  );
  protected readonly referenceBydeler = computed(
    () => this.kommune()?.bydeler ?? [],
  );
  protected readonly mottakLabel = computed(() => {
    const mottak = this.draft().mottak;
    return mottak ? MOTTAK_LABELS[mottak] : '';
  });
  protected readonly keyChecked = computed(() =>
    certificateChecked(this.draft()),
  );

  constructor() {
    this.after(() => this.heading()?.nativeElement.focus());
  }

  protected errorFor(fieldId: string): string | null {
    return this.errors().find((e) => e.fieldId === fieldId)?.message ?? null;
  }

  protected describedBy(...ids: Array<string | null | false>): string | null {
    const present = ids.filter((id): id is string => !!id);
    return present.length ? present.join(' ') : null;
  }

  protected update(change: Partial<WizardDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
    if (this.errors().length)
      this.errors.set(stepErrors(this.step(), this.draft()));
  }

  protected setText(
    field: 'bydelsnummer' | 'orgnr' | 'mottaksadresse',
    event: Event,
  ): void {
    this.update({ [field]: (event.target as HTMLInputElement).value });
  }

  /** Choosing a bydel of the reference data fills in its number. */
  protected setBydelsnavn(event: Event): void {
    const bydelsnavn = (event.target as HTMLInputElement).value;
    const known = bydelByName(this.referenceBydeler(), bydelsnavn);
    this.update(
      known
        ? { bydelsnavn: known.name, bydelsnummer: known.bydelsnummer }
        : { bydelsnavn },
    );
  }

  protected setUnit(enhet: UnitDetailsDraft): void {
    this.update({ enhet });
  }

  protected pasteKey(event: Event): void {
    this.update({
      sertifikat: (event.target as HTMLTextAreaElement).value,
      sertifikatFil: null,
    });
  }

  protected readKeyFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_KEY_FILE) {
      this.showErrors([
        {
          fieldId: WIZARD_FIELDS.sertifikatFil,
          message: 'Filen er for stor til å være en offentlig nøkkel.',
        },
      ]);
      return;
    }
    const reader = new FileReader();
    reader.onload = () =>
      this.update({
        sertifikat: `${reader.result ?? ''}`,
        sertifikatFil: file.name,
      });
    reader.onerror = () =>
      this.showErrors([
        {
          fieldId: WIZARD_FIELDS.sertifikatFil,
          message:
            'Vi kunne ikke lese filen. Prøv igjen, eller lim inn nøkkelen.',
        },
      ]);
    reader.readAsText(file);
  }

  protected async forward(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.problem.set(null);
    const step = this.step();
    const errors = stepErrors(step, this.draft());
    if (errors.length) return this.showErrors(errors);
    if (step === 'nokkel' && !this.keyChecked() && !(await this.checkKey()))
      return;
    if (step === 'oppsummering') return this.submit();
    const next = nextStep(step, this.draft());
    if (next) this.goTo(next);
  }

  protected back(): void {
    const previous = previousStep(this.step(), this.draft());
    if (previous) this.goTo(previous);
    else this.cancelled.emit(this.draft());
  }

  /** «Endre» in the summary. */
  protected goTo(step: WizardStep): void {
    this.errors.set([]);
    this.problem.set(null);
    this.step.set(step);
    this.after(() => this.heading()?.nativeElement.focus());
  }

  private async checkKey(): Promise<boolean> {
    const sertifikat = this.draft().sertifikat;
    this.busy.set(true);
    try {
      const info = await this.api.checkCertificate(
        this.kommunenummer(),
        sertifikat,
      );
      this.update({ sertifikatInfo: info, sertifikatGodkjent: sertifikat });
      return true;
    } catch (error) {
      const message =
        error instanceof HttpErrorResponse && error.status === 422
          ? (bodyMessage(error.error) ??
            'Nøkkelen kan ikke brukes. Sjekk at det er en offentlig nøkkel (sertifikat) i PEM-format.')
          : null;
      if (message)
        this.showErrors([{ fieldId: WIZARD_FIELDS.sertifikat, message }]);
      else this.showProblem(errorMessageOf(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private async submit(): Promise<void> {
    const invalid = firstInvalidStep(this.draft());
    if (invalid) {
      this.goTo(invalid);
      this.errors.set(stepErrors(invalid, this.draft()));
      return;
    }
    this.busy.set(true);
    try {
      this.completed.emit(
        await this.api.setUp(this.kommunenummer(), setupInput(this.draft())),
      );
    } catch (error) {
      this.handleSetupError(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** 400 with details: back to the first step they concern; otherwise (409, 422, …) the message. */
  private handleSetupError(error: unknown): void {
    const body = error instanceof HttpErrorResponse ? error.error : null;
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    const located = status === 400 ? setupServerErrors(body) : null;
    if (located?.step) {
      this.step.set(located.step);
      this.problem.set(bodyMessage(body));
      return this.showErrors(located.errors);
    }
    this.showProblem(
      status === 400 || status === 409 || status === 422
        ? (bodyMessage(body) ?? errorMessageOf(error))
        : errorMessageOf(error),
    );
  }

  private showErrors(errors: readonly ErrorSummaryItem[]): void {
    this.errors.set(errors);
    this.after(() => this.summary()?.focus());
  }

  private showProblem(message: string): void {
    this.problem.set(message);
    this.after(() => this.problemAlert()?.nativeElement.focus());
  }

  private after(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
