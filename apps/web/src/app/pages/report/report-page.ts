import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { formVersion, type ReportValues } from '@bvr/report-forms';
import { errorCodeOf, errorMessageOf } from '../../core/http/error-messages';
import { pageTitle } from '../../core/navigation/page-title';
import { DraftSaver } from '../../reports/draft-saver';
import { partToShow, pointRows, shownParts } from '../../reports/form-layout';
import { PartNav } from '../../reports/part-nav';
import { PointField } from '../../reports/point-field';
import { ReportApi } from '../../reports/report-api';
import { droppedPoints } from '../../reports/report-entries';
import { ReportErrorSummary } from '../../reports/report-error-summary';
import {
  isPeriodId,
  isUnitId,
  REPORTS_PATH,
} from '../../reports/report-form-path';
import { ReportFormState } from '../../reports/report-form-state';
import {
  formatDateTime,
  formatDay,
  isWithUnit,
  REPORT_STATE_COLORS,
  REPORT_STATE_LABELS,
  reportState,
  submissionBlock,
  todayInNorway,
} from '../../reports/report-labels';
import type { Report } from '../../reports/report-models';
import { fieldIdOf, serverProblems } from '../../reports/report-problems';
import type { LeavesSafely } from '../../reports/unsaved-report.guard';
import { ReportAlerts, ReportAlertState, unsavedLines } from './report-alerts';
import { SubmitDialog } from './submit-dialog';

const SUBMIT_HEADING = 'Rett opp dette før du sender inn:';
const NOT_SAVED_HEADING = 'Dette ble ikke lagret. Rett opp og lagre igjen:';
const SERVER_HEADING = 'Rapporten har feil. Rett opp dette og prøv igjen:';

/**
 * The half-year report of one unit for one period: parts on the left, the selected part's points on
 * the right (`?del=4`). Checks with the rules library as the service does; the draft is saved with
 * «Lagre» and also when the page is hidden, closed or left.
 */
@Component({
  selector: 'app-report-page',
  imports: [
    RouterLink,
    PartNav,
    PointField,
    ReportErrorSummary,
    ReportAlerts,
    SubmitDialog,
  ],
  providers: [DraftSaver],
  templateUrl: './report-page.html',
  styleUrl: './report-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(window:beforeunload)': 'saver.beforeUnload($event)',
    '(window:pagehide)': 'saver.saveOnLeave()',
    '(document:visibilitychange)': 'saver.visibilityChanged()',
    '(keydown.control.s)': 'shortcutSave($event)',
    '(keydown.meta.s)': 'shortcutSave($event)',
  },
})
export class ReportPage implements LeavesSafely {
  private readonly api = inject(ReportApi);
  protected readonly saver = inject(DraftSaver);
  private readonly title = inject(Title);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ReportErrorSummary);
  private readonly dialog = viewChild(SubmitDialog);
  private readonly partHeading =
    viewChild<ElementRef<HTMLElement>>('partHeading');

  protected readonly reportsPath = REPORTS_PATH;
  protected readonly stateLabels = REPORT_STATE_LABELS;
  protected readonly stateColors = REPORT_STATE_COLORS;
  protected readonly formatDay = formatDay;
  protected readonly formatDateTime = formatDateTime;
  protected readonly report = signal<Report | null>(null);
  protected readonly form = signal<ReportFormState | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly alerts = new ReportAlertState();
  protected readonly summaryHeading = signal<string | null>(null);
  private readonly partNumber = signal(0);
  /** A field to focus once its part is shown (from the error summary), else the part's heading. */
  private pendingFocus: string | null = null;

  protected readonly readOnly = computed(() => {
    const report = this.report();
    return !report || !isWithUnit(report.status);
  });
  protected readonly state = computed(() => {
    const report = this.report();
    return report ? reportState(report) : null;
  });
  /** Why «Send inn» would be refused today (period not open yet, or closed), or null. */
  protected readonly submitBlock = computed(() => {
    const report = this.report();
    return report ? submissionBlock(report, todayInNorway()) : null;
  });
  protected readonly parts = computed(() => {
    const form = this.form();
    return form ? shownParts(form.definition) : [];
  });
  protected readonly part = computed(() =>
    partToShow(this.parts(), this.partNumber()),
  );
  protected readonly rows = computed(() => {
    const part = this.part();
    return part ? pointRows(part) : [];
  });
  protected readonly neighbours = computed(() => {
    const parts = this.parts();
    const index = parts.findIndex((part) => part === this.part());
    return { previous: parts[index - 1], next: parts[index + 1] };
  });
  protected readonly summaryProblems = computed(() =>
    this.summaryHeading() ? (this.form()?.shown() ?? []) : [],
  );

  constructor() {
    this.route.paramMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      void this.load(params.get('periodId') ?? '', params.get('unitId') ?? '');
    });
    let first = true;
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      this.partNumber.set(Number(params.get('del')));
      if (!first) this.afterRender(() => this.focusPending());
      first = false;
    });
  }

  protected async load(periodId: string, unitId: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    this.alerts.clear();
    this.alerts.notSaved.set([]);
    this.summaryHeading.set(null);
    if (!isPeriodId(periodId) || !isUnitId(unitId))
      return this.loadFailed(
        'Lenken til skjemaet er feil. Gå til Innrapportering og åpne skjemaet derfra.',
      );
    try {
      const report = await this.api.report(periodId, unitId);
      const definition = formVersion(report.formVersion);
      if (!definition)
        return this.loadFailed(
          'Denne versjonen av skjemaet er ukjent for nettsiden. Last inn siden på nytt.',
        );
      const form = new ReportFormState(definition);
      form.load(report.values);
      const editable = isWithUnit(report.status);
      this.saver.start(
        report.periodId,
        report.unitId,
        report.revision,
        form,
        editable,
      );
      this.form.set(form);
      this.report.set(report);
      this.alerts.dropped.set(
        editable ? droppedPoints(definition, report.values) : [],
      );
      this.title.setTitle(
        pageTitle(`Halvårsrapport ${report.periodName}, ${report.unitName}`),
      );
      this.loading.set(false);
    } catch (error) {
      this.loadFailed(errorMessageOf(error));
    }
  }

  private loadFailed(message: string): void {
    this.report.set(null);
    this.form.set(null);
    this.loadError.set(message);
    this.loading.set(false);
  }

  /** After a conflict: the saved report, with what the person had typed listed to enter again. */
  protected async reload(): Promise<void> {
    const report = this.report();
    const typed = this.alerts.conflict();
    if (report) await this.load(String(report.periodId), report.unitId);
    if (typed?.length) this.alerts.notSaved.set(typed);
  }

  /** «Lagre»: what can be saved is saved; fields with errors keep their text and say why. */
  protected async save(): Promise<void> {
    const form = this.form();
    if (!form || this.readOnly()) return;
    this.alerts.clear();
    try {
      await this.saver.save();
      this.alerts.notSaved.set([]);
      const left = form.draftProblems();
      if (left.length > 0) {
        form.touchAll(left);
        this.showSummary(NOT_SAVED_HEADING);
      } else if (this.summaryHeading() === NOT_SAVED_HEADING)
        this.summaryHeading.set(null);
    } catch (error) {
      this.failed(error, form);
    }
  }

  /** «Send inn»: every rule must pass first; then the person confirms in a dialog. */
  protected trySubmit(): void {
    const form = this.form();
    if (!form || this.readOnly()) return;
    this.alerts.clear();
    const block = this.submitBlock();
    if (block) return this.showError(block, false);
    form.attempted.set(true);
    if (form.submitProblems().length > 0)
      return this.showSummary(SUBMIT_HEADING);
    this.summaryHeading.set(null);
    this.dialog()?.open();
  }

  /** Sent: the saved report (now read-only) with a receipt at the top. */
  protected async submitted(values: ReportValues): Promise<void> {
    this.form()?.markSaved(values);
    await this.reload();
    this.alerts.submitted.set(true);
    this.afterRender(() =>
      this.document.getElementById('report-receipt')?.focus(),
    );
  }

  protected readonly settled = () => this.saver.settled();

  /** From the error summary: open the point's part and put focus in its field. */
  protected pick(pointId: string): void {
    const part = this.parts().find((p) =>
      p.points.some((point) => point.id === pointId),
    );
    this.pendingFocus = fieldIdOf(pointId);
    if (part && part !== this.part())
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { del: part.number },
      });
    else this.focusPending();
  }

  canLeave(): boolean {
    return this.saver.canLeave();
  }

  protected shortcutSave(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  private focusPending(): void {
    const id = this.pendingFocus;
    this.pendingFocus = null;
    const target = id
      ? this.document.getElementById(id)
      : this.partHeading()?.nativeElement;
    target?.focus();
    if (id) target?.scrollIntoView({ block: 'center' });
  }

  protected failed(error: unknown, form: ReportFormState): void {
    const problems = serverProblems(error);
    if (problems) {
      form.showServerProblems(problems);
      return this.showSummary(SERVER_HEADING);
    }
    const code = errorCodeOf(error);
    if (code === 'REPORTING.REPORT_REVISION_CONFLICT') {
      this.alerts.conflict.set(
        unsavedLines(form.definition, form.saved(), form.values()),
      );
      this.afterRender(() =>
        this.document.getElementById('report-alert')?.focus(),
      );
    } else if (code === 'REPORTING.PERIOD_NOT_OPEN')
      this.showError(
        this.submitBlock() ?? 'Perioden tar ikke imot rapporter nå.',
        false,
      );
    else
      this.showError(errorMessageOf(error), code === 'REPORTING.REPORT_LOCKED');
  }

  private showError(message: string, reload: boolean): void {
    this.alerts.error.set({ message, reload });
    this.afterRender(() =>
      this.document.getElementById('report-alert')?.focus(),
    );
  }

  private showSummary(heading: string): void {
    this.summaryHeading.set(heading);
    this.afterRender(() => this.summary()?.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
