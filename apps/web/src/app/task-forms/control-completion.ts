import type { FormDefinition } from '@bvr/report-forms';
import type { ControlDecision } from '../tasks/task';
import { CompletionKey } from './completion-key';
import { statsforvalterPoints, statsforvalterValues } from './control-rules';
import type { ReportTaskApi } from './report-task-api';

/**
 * «Bekreft» as one completion (see `CompletionKey`). The Statsforvalter's points are saved first,
 * and not again for the same key.
 */
export class ControlCompletion extends CompletionKey {
  private pointsSavedFor: string | null = null;

  constructor(private readonly api: ReportTaskApi) {
    super();
  }

  async complete(
    taskId: string,
    reportId: string,
    definition: FormDefinition | null,
    decision: ControlDecision,
  ): Promise<void> {
    const key = this.current();
    if (
      definition &&
      statsforvalterPoints(definition).length &&
      this.pointsSavedFor !== key
    ) {
      await this.api.saveStatsforvalterValues(
        reportId,
        statsforvalterValues(definition, decision.statsforvalterValues),
      );
      this.pointsSavedFor = key;
    }
    const { approved, returnMessage } = decision;
    await this.api.complete(
      taskId,
      approved ? { approved: true } : { approved: false, returnMessage },
      key,
    );
  }
}
