import type { FormDefinition } from '@bvr/report-forms';
import type { ControlDecision } from '../tasks/task';
import { statsforvalterPoints, statsforvalterValues } from './control-rules';
import type { ReportTaskApi } from './report-task-api';

/**
 * «Bekreft» as one completion: the key is made once when the confirm step opens, so a double click
 * or a retry after a lost answer completes the task once (the workflow answers a repeated key as
 * the first call). The Statsforvalter's points are saved first, and not again for the same key.
 */
export class ControlCompletion {
  private key: string | null = null;
  private pointsSavedFor: string | null = null;

  constructor(private readonly api: ReportTaskApi) {}

  open(): void {
    this.key = crypto.randomUUID();
  }

  close(): void {
    this.key = null;
  }

  get isOpen(): boolean {
    return this.key !== null;
  }

  async complete(
    taskId: string,
    reportId: string,
    definition: FormDefinition | null,
    decision: ControlDecision,
  ): Promise<void> {
    const key = this.key;
    if (!key) throw new Error('the confirm step is not open');
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
