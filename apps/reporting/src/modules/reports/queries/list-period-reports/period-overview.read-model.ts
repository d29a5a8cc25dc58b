import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OverviewStatus } from '../../domain/report-status';
import type {
  OverviewSort,
  OverviewStatusFilter,
} from './list-period-reports.dto';

export interface OverviewCriteria {
  /** The reference data version that lists the units. */
  referenceVersionId: number;
  periodId: number;
  /** Only these offices' units; `all` for every unit. */
  offices: 'all' | string[];
  status?: OverviewStatusFilter;
  /** Part of the unit's name, or the start of its number. */
  text?: string;
  /** The end of the kommune deadline day in Norway. */
  deadline: Date;
  /** Now is after the deadline: units that have not submitted are overdue. */
  pastDeadline: boolean;
  sort: OverviewSort;
  order: 'asc' | 'desc';
  /** No paging when absent (the CSV export). */
  page?: { limit: number; offset: number };
}

export interface OverviewRow {
  unitId: string;
  unitName: string;
  kind: 'kommune' | 'bydel';
  officeId: string;
  officeName: string;
  status: OverviewStatus;
  overdue: boolean;
  submittedLate: boolean;
  reportId: string | null;
  latestVersion: number | null;
  submittedAt: Date | null;
}

const STATUS_ORDER = `array_position(
  ARRAY['not-started','draft','submitted','returned','approved'], coalesce(r.status, 'not-started'))`;
/** Whitelisted sort expressions; the unit number breaks ties so pages are stable. */
const SORT_SQL: Record<OverviewSort, string> = {
  unit: 'u.number',
  name: 'u.name',
  office: 'o.name',
  status: STATUS_ORDER,
  submitted: 'v.submitted_at',
};
const OVERDUE_SQL = `($6::boolean AND coalesce(r.status, 'not-started') IN ('not-started', 'draft'))`;

/** `%`, `_` and `\` in a search are meant literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Every reporting unit of the reference data with its report for a period, or `not-started` where it
 * has none, so a unit that never opened the form is still listed (and counted as overdue).
 */
@Injectable()
export class PeriodOverviewReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(
    criteria: OverviewCriteria,
  ): Promise<{ rows: OverviewRow[]; total: number }> {
    const params: unknown[] = [
      criteria.referenceVersionId,
      criteria.periodId,
      criteria.offices === 'all' ? null : criteria.offices,
      criteria.status ?? null,
      criteria.text ? escapeLike(criteria.text) : null,
      criteria.pastDeadline,
      criteria.deadline,
    ];
    const from = `
      FROM reporting.reporting_unit u
      JOIN reporting.statsforvalter_office o
        ON o.version_id = u.version_id AND o.id = u.office_id
      LEFT JOIN reporting.report r ON r.unit_id = u.number AND r.period_id = $2
      LEFT JOIN reporting.report_version v
        ON v.report_id = r.id AND v.version = r.latest_version
      LEFT JOIN reporting.report_version f ON f.report_id = r.id AND f.version = 1
      WHERE u.version_id = $1
        AND ($3::text[] IS NULL OR u.office_id = ANY($3::text[]))
        AND ($4::text IS NULL
             OR ($4::text = 'overdue' AND ${OVERDUE_SQL})
             OR coalesce(r.status, 'not-started') = $4::text)
        AND ($5::text IS NULL
             OR u.name ILIKE '%' || $5::text || '%'
             OR u.number LIKE $5::text || '%')`;
    const direction = criteria.order === 'desc' ? 'DESC' : 'ASC';
    const paging = criteria.page
      ? `LIMIT ${Number(criteria.page.limit)} OFFSET ${Number(criteria.page.offset)}`
      : '';
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<OverviewRow[]>(
        `SELECT u.number AS "unitId", u.name AS "unitName", u.kind,
                u.office_id AS "officeId", o.name AS "officeName",
                coalesce(r.status, 'not-started') AS status,
                ${OVERDUE_SQL} AS overdue,
                coalesce(f.submitted_at > $7::timestamptz, false) AS "submittedLate",
                r.id AS "reportId", r.latest_version AS "latestVersion",
                v.submitted_at AS "submittedAt"
         ${from}
         ORDER BY ${SORT_SQL[criteria.sort]} ${direction} NULLS LAST, u.number ${direction}
         ${paging}`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total ${from}`,
        params.slice(0, 6), // $7 (the deadline) is only in the select list
      ),
    ]);
    return { rows, total };
  }
}
