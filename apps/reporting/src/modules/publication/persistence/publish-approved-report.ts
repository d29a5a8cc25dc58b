import type { EntityManager } from 'typeorm';

/**
 * Copies approved reports into the portal's read model: the latest version's figures with the
 * Statsforvalter's own points (e.g. U3) merged in, text answers left out (a free-text comment is not a
 * figure, and may name people). The kommune and fylke are those of the reference data valid today
 * (the latest loaded when none is valid yet), else read from the unit number. Idempotent: publishing
 * again replaces the row. Run it in the transaction that approves, so the two cannot part.
 */
export async function publishApprovedReports(
  manager: EntityManager,
  reportIds: readonly string[],
): Promise<void> {
  if (reportIds.length === 0) return;
  await manager.query(
    `INSERT INTO reporting.published_report
       (report_id, unit_id, period_id, kommune_id, county_id, report_version, form_version, figures, approved_at)
     SELECT r.id, r.unit_id, r.period_id,
            coalesce(u.kommune_number, left(r.unit_id, 4)),
            coalesce(u.fylke_number, left(r.unit_id, 2)),
            v.version, v.form_version,
            coalesce((
              SELECT jsonb_object_agg(e.key, e.value)
                FROM jsonb_each(v.frozen_values || coalesce(s.point_values, '{}'::jsonb)) e
               WHERE jsonb_typeof(e.value) IN ('number', 'boolean', 'null')
            ), '{}'::jsonb),
            coalesce(r.decided_at, now())
       FROM reporting.report r
       JOIN reporting.report_version v ON v.report_id = r.id AND v.version = r.latest_version
       LEFT JOIN reporting.report_statsforvalter_values s ON s.report_id = r.id
       LEFT JOIN reporting.reporting_unit u
         ON u.number = r.unit_id
        AND u.version_id = (
          SELECT id FROM reporting.reference_data_version
           ORDER BY (valid_from <= current_date) DESC, valid_from DESC, id DESC
           LIMIT 1)
      WHERE r.id = ANY($1::uuid[]) AND r.status = 'approved'
     ON CONFLICT (report_id) DO UPDATE SET
       kommune_id = EXCLUDED.kommune_id,
       county_id = EXCLUDED.county_id,
       report_version = EXCLUDED.report_version,
       form_version = EXCLUDED.form_version,
       figures = EXCLUDED.figures,
       approved_at = EXCLUDED.approved_at`,
    [reportIds],
  );
}

/** One report, as the decision that approves it calls it. */
export const publishApprovedReport = (
  manager: EntityManager,
  report: { id: string },
): Promise<void> => publishApprovedReports(manager, [report.id]);
