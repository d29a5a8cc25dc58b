import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import type { ReportValues } from '@bvr/report-forms';
import { saveDraftOnLeave } from './draft-beacon';
import { ReportApi } from './report-api';
import type { ReportFormState } from './report-form-state';
import { formatTime } from './report-labels';
import type { SavedDraft } from './report-models';

interface Target {
  readonly periodId: number;
  readonly unitId: string;
  readonly form: ReportFormState;
}

/**
 * Saves one report's draft with the revision it was loaded at: «Lagre» through HttpClient, and a
 * `keepalive` save when the page is hidden or closed. One save at a time, so that a save on leave
 * and the next «Lagre» never send the same revision twice. Provided by the report page.
 */
@Injectable()
export class DraftSaver {
  private readonly api = inject(ReportApi);
  private readonly document = inject(DOCUMENT);
  private target: Target | null = null;
  private revision = 0;
  private onLeave: Promise<unknown> | null = null;

  readonly saving = signal(false);
  /** For a polite live region: «Lagret kl. 14:05». */
  readonly status = signal('');

  /** A report the unit cannot change (sent in, approved) is started with `editable` false: no saves. */
  start(
    periodId: number,
    unitId: string,
    revision: number,
    form: ReportFormState,
    editable: boolean,
  ): void {
    this.target = editable ? { periodId, unitId, form } : null;
    this.revision = revision;
    this.status.set('');
  }

  /** «Lagre»: what the service would accept; rejects with the HttpErrorResponse (409 on a stale revision). */
  async save(): Promise<void> {
    const target = this.target;
    if (!target || this.saving()) return;
    this.saving.set(true);
    try {
      await this.settled();
      const values = target.form.saveableValues();
      const saved = await this.api.saveDraft(
        target.periodId,
        target.unitId,
        values,
        this.revision,
      );
      this.savedAs(target, values, saved);
    } finally {
      this.saving.set(false);
    }
  }

  /** On `pagehide`, on hiding the tab, on leaving the route: unsaved changes go with `keepalive`. */
  saveOnLeave(): void {
    const target = this.target;
    if (!target || !target.form.dirty() || this.saving() || this.onLeave)
      return;
    const values = target.form.saveableValues();
    this.onLeave = saveDraftOnLeave(
      target.periodId,
      target.unitId,
      values,
      this.revision,
      this.document.cookie,
    )
      .then((saved) => this.savedAs(target, values, saved))
      // A refused save on leave is seen at the next «Lagre» (e.g. 409), which says what to do.
      .catch(() => undefined)
      .finally(() => (this.onLeave = null));
  }

  /** Leaving the route inside the app: save on the way; ask only if some fields cannot be saved. */
  canLeave(): boolean {
    const form = this.target?.form;
    if (!form?.dirty()) return true;
    this.saveOnLeave();
    return (
      form.draftProblems().length === 0 ||
      confirm(
        'Noen felt har feil og kan ikke lagres. Vil du forlate skjemaet likevel? Det du har skrevet i disse feltene, blir borte.',
      )
    );
  }

  visibilityChanged(): void {
    if (this.document.visibilityState === 'hidden') this.saveOnLeave();
  }

  /** The browser's own «Leave site?» question while there are unsaved changes. */
  beforeUnload(event: BeforeUnloadEvent): void {
    if (!this.target?.form.dirty()) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  }

  /** Waits for a save on leave still under way. */
  settled(): Promise<unknown> {
    return this.onLeave ?? Promise.resolve();
  }

  private savedAs(
    target: Target,
    values: ReportValues,
    saved: SavedDraft,
  ): void {
    if (this.target !== target) return;
    target.form.markSaved(values);
    this.revision = saved.revision;
    this.status.set(`Lagret kl. ${formatTime(saved.savedAt)}`);
  }
}
