import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface UnitToRemind {
  unitId: string;
  unitName: string;
}

/** Which units a reminder goes to, and the ledger of those already reminded. */
@Injectable()
export class DeadlineReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The reporting units of the reference data version that have not submitted for the period (no
   * report, or a draft) and have not had this reminder.
   */
  unreminded(
    referenceVersionId: number,
    periodId: number,
    daysBefore: number,
  ): Promise<UnitToRemind[]> {
    return this.dataSource.query<UnitToRemind[]>(
      `SELECT u.number AS "unitId", u.name AS "unitName"
         FROM reporting.reporting_unit u
         LEFT JOIN reporting.report r ON r.unit_id = u.number AND r.period_id = $2
        WHERE u.version_id = $1
          AND coalesce(r.status, 'draft') = 'draft'
          AND NOT EXISTS (
            SELECT 1 FROM reporting.deadline_reminder d
             WHERE d.period_id = $2 AND d.unit_id = u.number AND d.days_before = $3)
        ORDER BY u.number`,
      [referenceVersionId, periodId, daysBefore],
    );
  }

  /** Records that the units' reminders are on the queue; a row already there is left as it is. */
  async markSent(
    periodId: number,
    unitIds: string[],
    daysBefore: number,
  ): Promise<void> {
    if (unitIds.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO reporting.deadline_reminder (period_id, unit_id, days_before)
       SELECT $1, unit_id, $3 FROM unnest($2::text[]) AS unit_id
       ON CONFLICT DO NOTHING`,
      [periodId, unitIds, daysBefore],
    );
  }
}
