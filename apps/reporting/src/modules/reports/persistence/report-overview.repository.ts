import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OverviewStatus } from '../domain/report-status';

export interface OverviewFilter {
  /** The reference data version that lists the units. */
  referenceVersionId: number;
  periodId: number;
  /** Only these offices' units; `all` for every unit. */
  offices: 'all' | string[];
  status?: OverviewStatus;
  limit: number;
  offset: number;
}

export interface OverviewRow {
  unitId: string;
  unitName: string;
  kind: 'kommune' | 'bydel';
  officeId: string;
  status: OverviewStatus;
  reportId: string | null;
  latestVersion: number | null;
  submittedAt: Date | null;
}

/**
 * Every reporting unit with its report for a period, or `not-started` where it has none. The units
 * come from the reference data, so a unit without a report row is still listed.
 */
@Injectable()
export class ReportOverviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    filter: OverviewFilter,
  ): Promise<{ rows: OverviewRow[]; total: number }> {
    const params = [
      filter.referenceVersionId,
      filter.periodId,
      filter.offices === 'all' ? null : filter.offices,
      filter.status ?? null,
    ];
    const from = `
      FROM reporting.reporting_unit u
      LEFT JOIN reporting.report r ON r.unit_id = u.number AND r.period_id = $2
      WHERE u.version_id = $1
        AND ($3::text[] IS NULL OR u.office_id = ANY($3::text[]))
        AND ($4::text IS NULL OR coalesce(r.status, 'not-started') = $4::text)`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<OverviewRow[]>(
        `SELECT u.number AS "unitId", u.name AS "unitName", u.kind,
                u.office_id AS "officeId",
                coalesce(r.status, 'not-started') AS status,
                r.id AS "reportId", r.latest_version AS "latestVersion",
                v.submitted_at AS "submittedAt"
         ${from.replace(
           'WHERE',
           `LEFT JOIN reporting.report_version v
              ON v.report_id = r.id AND v.version = r.latest_version
            WHERE`,
         )}
         ORDER BY u.number
         LIMIT $5 OFFSET $6`,
        [...params, filter.limit, filter.offset],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total ${from}`,
        params,
      ),
    ]);
    return { rows, total };
  }
}
