import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { formVersion, type ReportValues } from '@bvr/report-forms';
import { errorMessageOf } from '../core/http/error-messages';
import { formatDateTime } from '../tasks/task-labels';
import type { ControlDecision, TaskDetails } from '../tasks/task';
import { ControlForm } from './control-form';
import { ControlOutcome } from './control-outcome';
import { statsforvalterPoints } from './control-rules';
import { ReportChanges } from './report-changes';
import { ReportTaskApi } from './report-task-api';
import { ReportView } from './report-view';

/**
 * The task `halvarsrapport:kontroll`: the submitted version read-only, what changed since the
 * previous one, and the decision (the form while the task is open, the outcome once it is solved).
 */
@Component({
  selector: 'app-control-task',
  imports: [ControlForm, ControlOutcome, ReportChanges, ReportView],
  templateUrl: './control-task.html',
  styles: `
    :host {
      display: block;
    }
    .control-task__section {
      margin-block-start: var(--ds-size-8);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ControlTask {
  private readonly api = inject(ReportTaskApi);

  readonly task = input.required<TaskDetails>();

  protected readonly report = resource({
    params: () => {
      const { reportId, reportVersion } = this.task().variables;
      return reportId && reportVersion
        ? { reportId, reportVersion }
        : undefined;
    },
    loader: async ({ params: { reportId, reportVersion } }) => {
      const [submitted, changes, saved] = await Promise.all([
        this.api.version(reportId, reportVersion),
        reportVersion > 1 ? this.api.changes(reportId) : Promise.resolve([]),
        this.api.statsforvalterValues(reportId),
      ]);
      return { submitted, changes, saved };
    },
  });

  protected readonly missingReport = computed(
    () =>
      !this.task().variables.reportId || !this.task().variables.reportVersion,
  );
  protected readonly loadError = computed(() => {
    const error = this.report.error();
    return error ? errorMessageOf(error) : null;
  });
  protected readonly definition = computed(() => {
    const loaded = this.report.value();
    return loaded ? (formVersion(loaded.submitted.formVersion) ?? null) : null;
  });
  protected readonly points = computed(() => {
    const definition = this.definition();
    return definition ? statsforvalterPoints(definition) : [];
  });
  protected readonly submittedAt = computed(() =>
    formatDateTime(this.report.value()?.submitted.submittedAt ?? null),
  );
  /** The saved draft; else the points as saved in the reporting service (e.g. after a reload). */
  protected readonly initial = computed<ControlDecision | null>(() => {
    const draft = this.task().draft;
    if (draft) return draft;
    const saved = this.report.value()?.saved ?? {};
    return Object.keys(saved).length
      ? {
          approved: null,
          returnMessage: '',
          statsforvalterValues: asTyped(saved),
        }
      : null;
  });
}

function asTyped(values: ReportValues): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([id, value]) =>
      typeof value === 'number' || typeof value === 'string'
        ? [[id, `${value}`.replace('.', ',')]]
        : [],
    ),
  );
}
