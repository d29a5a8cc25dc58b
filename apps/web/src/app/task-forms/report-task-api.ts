import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ReportChange,
  ReportValue,
  ReportValues,
} from '@bvr/report-forms';
import { firstValueFrom } from 'rxjs';
import { TASKS_URL, type ControlDecision } from '../tasks/task';

const REPORTS_URL = '/api/reporting/reports';

/** A submitted version, frozen: what the Statsforvalter controls. */
export interface SubmittedReport {
  readonly reportId: string;
  readonly version: number;
  readonly formVersion: number;
  readonly values: ReportValues;
  readonly submittedAt: string | null;
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAnswer = (value: unknown): value is ReportValue =>
  value === null || ['number', 'boolean', 'string'].includes(typeof value);

function answers(value: unknown): ReportValues {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, answer]) => isAnswer(answer)),
  ) as ReportValues;
}

function submittedReport(body: unknown): SubmittedReport {
  const version = isObject(body) ? body['version'] : null;
  const formVersion = isObject(body) ? body['formVersion'] : null;
  if (
    !isObject(body) ||
    typeof body['reportId'] !== 'string' ||
    typeof version !== 'number' ||
    typeof formVersion !== 'number'
  )
    throw new Error(
      'the reporting service answered with something that is not a report version',
    );
  return {
    reportId: body['reportId'],
    version,
    formVersion,
    values: answers(body['values']),
    submittedAt:
      typeof body['submittedAt'] === 'string' ? body['submittedAt'] : null,
  };
}

function reportChanges(body: unknown): ReportChange[] {
  const changes = isObject(body) ? body['changes'] : null;
  if (!Array.isArray(changes)) return [];
  return changes.flatMap((change: unknown) =>
    isObject(change) &&
    typeof change['pointId'] === 'string' &&
    isAnswer(change['before']) &&
    isAnswer(change['after'])
      ? [
          {
            pointId: change['pointId'],
            label: typeof change['label'] === 'string' ? change['label'] : '',
            before: change['before'],
            after: change['after'],
          },
        ]
      : [],
  );
}

/**
 * The calls of the half-year report's task forms: the report in the reporting service, and the task
 * in the workflow service («Lagre», «Bekreft»). Bodies are narrowed before anyone reads them.
 */
@Injectable({ providedIn: 'root' })
export class ReportTaskApi {
  private readonly http = inject(HttpClient);

  async version(reportId: string, version: number): Promise<SubmittedReport> {
    const url = `${REPORTS_URL}/${encodeURIComponent(reportId)}/versions/${version}`;
    return submittedReport(await firstValueFrom(this.http.get<unknown>(url)));
  }

  /** What changed since the previous submission (empty after the first). */
  async changes(reportId: string): Promise<ReportChange[]> {
    const url = `${REPORTS_URL}/${encodeURIComponent(reportId)}/changes`;
    return reportChanges(await firstValueFrom(this.http.get<unknown>(url)));
  }

  /** The Statsforvalter's own points as saved in the reporting service. */
  async statsforvalterValues(reportId: string): Promise<ReportValues> {
    const url = `${REPORTS_URL}/${encodeURIComponent(reportId)}/statsforvalter-values`;
    const body = await firstValueFrom(this.http.get<unknown>(url));
    return answers(isObject(body) ? body['values'] : null);
  }

  async saveStatsforvalterValues(
    reportId: string,
    values: Record<string, ReportValue>,
  ): Promise<void> {
    const url = `${REPORTS_URL}/${encodeURIComponent(reportId)}/statsforvalter-values`;
    await firstValueFrom(this.http.put<unknown>(url, { values }));
  }

  /** «Lagre»: the decision so far, on the task; the process does not move. */
  async saveDraft(taskId: string, decision: ControlDecision): Promise<void> {
    const url = `${TASKS_URL}/${encodeURIComponent(taskId)}/draft`;
    await firstValueFrom(this.http.put<unknown>(url, { data: decision }));
  }

  /** «Bekreft»: completes the task once; the same key again is answered as the first call was. */
  async complete(
    taskId: string,
    variables: Record<string, unknown>,
    idempotencyKey: string,
  ): Promise<void> {
    const url = `${TASKS_URL}/${encodeURIComponent(taskId)}/complete`;
    await firstValueFrom(
      this.http.post<unknown>(url, { variables, idempotencyKey }),
    );
  }
}
