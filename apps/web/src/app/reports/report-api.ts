import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ReportValues } from '@bvr/report-forms';
import { firstValueFrom } from 'rxjs';
import {
  Period,
  Report,
  REPORTING_URL,
  SavedDraft,
  toPeriods,
  toReport,
  toSavedDraft,
  toUnitReports,
  UnitReport,
} from './report-models';

/** `/api/reporting/periods/7/units/460101/report` */
export function reportUrl(periodId: number | string, unitId: string): string {
  return `${REPORTING_URL}/periods/${encodeURIComponent(periodId)}/units/${encodeURIComponent(unitId)}/report`;
}

/** The reporting service's periods and reports. Failures reject with the HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class ReportApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  async periods(): Promise<Period[]> {
    return toPeriods(
      await firstValueFrom(this.http.get<unknown>(`${REPORTING_URL}/periods`)),
    );
  }

  async report(periodId: number | string, unitId: string): Promise<Report> {
    return toReport(
      await firstValueFrom(this.http.get<unknown>(reportUrl(periodId, unitId))),
    );
  }

  /** The unit's report in each period it has one for: one call for the whole list. */
  async unitReports(unitId: string): Promise<UnitReport[]> {
    return toUnitReports(
      await firstValueFrom(
        this.http.get<unknown>(
          `${REPORTING_URL}/units/${encodeURIComponent(unitId)}/reports`,
        ),
      ),
    );
  }

  /** «Lagre»: 409 `REPORTING.REPORT_REVISION_CONFLICT` when someone saved after `revision`. */
  async saveDraft(
    periodId: number,
    unitId: string,
    values: ReportValues,
    revision: number,
  ): Promise<SavedDraft> {
    return toSavedDraft(
      await firstValueFrom(
        this.http.put<unknown>(`${reportUrl(periodId, unitId)}/draft`, {
          values,
          revision,
        }),
      ),
    );
  }

  /** «Send inn»: the same `idempotencyKey` again answers with the first result. */
  async submit(
    periodId: number,
    unitId: string,
    values: ReportValues,
    idempotencyKey: string,
  ): Promise<void> {
    await firstValueFrom(
      this.http.post<unknown>(`${reportUrl(periodId, unitId)}/submit`, {
        values,
        idempotencyKey,
      }),
    );
  }
}
