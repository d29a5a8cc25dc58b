import type { ReportValues } from '@bvr/report-forms';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ReportStatus } from '../../domain/report-status';

/** The Statsforvalter's answers to a report, as last saved during control. */
export interface SavedStatsforvalterValues {
  values: ReportValues;
  /** The submitted version that was being controlled when they were saved. */
  reportVersion: number;
  formVersion: number;
  savedAt: Date;
  savedBy: string;
}

/** A report under control, read under its row lock, with the version the unit submitted last. */
export interface ReportUnderControl {
  id: string;
  unitId: string;
  status: ReportStatus;
  latestVersion: number | null;
  /** The latest submitted version's answers and form version; null before the first submission. */
  submitted: { values: ReportValues; formVersion: number } | null;
}

interface SavedRow {
  point_values: ReportValues;
  report_version: number;
  form_version: number;
  saved_at: Date;
  saved_by: string;
}

/**
 * The Statsforvalter's answers (e.g. U3) live beside the report, never in the unit's draft or in a
 * frozen version: the unit may not write them, and a submitted version does not change.
 */
@Injectable()
export class StatsforvalterValuesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async unitOf(reportId: string): Promise<string | null> {
    const rows: Array<{ unit_id: string }> = await this.dataSource.query(
      'SELECT unit_id FROM reporting.report WHERE id = $1',
      [reportId],
    );
    return rows[0]?.unit_id ?? null;
  }

  async find(reportId: string): Promise<SavedStatsforvalterValues | null> {
    const rows: SavedRow[] = await this.dataSource.query(
      `SELECT point_values, report_version, form_version, saved_at, saved_by
         FROM reporting.report_statsforvalter_values WHERE report_id = $1`,
      [reportId],
    );
    return rows[0] ? toSaved(rows[0]) : null;
  }

  /**
   * Runs `work` holding the report's row lock (the lock the unit's submission and the workflow's
   * decision take), so the status it sees cannot change before `save` commits.
   */
  underControl<T>(
    reportId: string,
    work: (
      report: ReportUnderControl,
      save: (values: SavedStatsforvalterValues) => Promise<void>,
    ) => Promise<T>,
  ): Promise<T | null> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.lock(manager, reportId);
      if (!report) return null;
      return work(report, (values) => this.upsert(manager, reportId, values));
    });
  }

  private async lock(
    manager: EntityManager,
    reportId: string,
  ): Promise<ReportUnderControl | null> {
    const rows: Array<{
      id: string;
      unit_id: string;
      status: ReportStatus;
      latest_version: number | null;
      frozen_values: ReportValues | null;
      form_version: number | null;
    }> = await manager.query(
      `SELECT r.id, r.unit_id, r.status, r.latest_version, v.frozen_values, v.form_version
         FROM reporting.report r
         LEFT JOIN reporting.report_version v
           ON v.report_id = r.id AND v.version = r.latest_version
        WHERE r.id = $1
        FOR UPDATE OF r`,
      [reportId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      unitId: row.unit_id,
      status: row.status,
      latestVersion: row.latest_version,
      submitted:
        row.frozen_values && row.form_version !== null
          ? { values: row.frozen_values, formVersion: row.form_version }
          : null,
    };
  }

  private async upsert(
    manager: EntityManager,
    reportId: string,
    saved: SavedStatsforvalterValues,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reporting.report_statsforvalter_values
         (report_id, point_values, report_version, form_version, saved_at, saved_by)
       VALUES ($1, $2::jsonb, $3, $4, $5, $6)
       ON CONFLICT (report_id) DO UPDATE SET
         point_values = EXCLUDED.point_values,
         report_version = EXCLUDED.report_version,
         form_version = EXCLUDED.form_version,
         saved_at = EXCLUDED.saved_at,
         saved_by = EXCLUDED.saved_by`,
      [
        reportId,
        JSON.stringify(saved.values),
        saved.reportVersion,
        saved.formVersion,
        saved.savedAt,
        saved.savedBy,
      ],
    );
  }
}

function toSaved(row: SavedRow): SavedStatsforvalterValues {
  return {
    values: row.point_values,
    reportVersion: row.report_version,
    formVersion: row.form_version,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
  };
}
