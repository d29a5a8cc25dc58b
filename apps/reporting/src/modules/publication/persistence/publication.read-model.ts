import type { IndicatorDefinition, IndicatorTerm } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Half } from '../../periods/domain/reporting-period';
import type { PeriodSums } from '../domain/suppression';

export interface PublishedPeriodRow {
  id: number;
  year: number;
  half: Half;
}

export interface PublicationUnitRow {
  id: string;
  name: string;
  countyId: string;
  countyName: string;
}

export interface PublishedReportRow {
  periodId: number;
  formVersion: number;
  figures: Record<string, number | boolean | null>;
  approvedAt: Date;
}

/** The reference data valid today in Norway, else the latest loaded (the same rule as the publish step). */
const CURRENT_VERSION = `(
  SELECT id FROM reporting.reference_data_version
   ORDER BY (valid_from <= (now() AT TIME ZONE 'Europe/Oslo')::date) DESC, valid_from DESC, id DESC
   LIMIT 1)`;

/**
 * The units a reader chooses from: today's reporting units (kommuner without bydeler, and bydeler), and
 * each kommune that has bydeler, whose figures are the sums of its bydeler's.
 */
const UNITS = `(
  SELECT u.number AS id, u.name, u.fylke_number AS "countyId", f.name AS "countyName"
    FROM reporting.reporting_unit u
    JOIN reporting.fylke f ON f.version_id = u.version_id AND f.number = u.fylke_number
   WHERE u.version_id = ${CURRENT_VERSION}
  UNION ALL
  SELECT k.number, k.name, k.fylke_number, f.name
    FROM reporting.kommune k
    JOIN reporting.fylke f ON f.version_id = k.version_id AND f.number = k.fylke_number
   WHERE k.version_id = ${CURRENT_VERSION}
     AND EXISTS (SELECT 1 FROM reporting.bydel b
                  WHERE b.version_id = k.version_id AND b.kommune_number = k.number)
) units`;

/** The published reports of unit `x.id`: a kommune's own, or all of its bydeler's; a bydel's own. */
const REPORTS_OF_X = `(
  (length(x.id) = 4 AND r.kommune_id = x.id) OR (length(x.id) = 6 AND r.unit_id = x.id))`;

/**
 * A side of a share as SQL over `figures`; `null` when a point is missing. The indicators' points are
 * counts, which the form's rules keep numeric in every approved version, so one `->>` cast per point
 * suffices (a guard with `jsonb_typeof` doubled the time of the country's sums).
 */
function termSql(term: IndicatorTerm, params: unknown[]): string {
  const figure = (point: string) => {
    params.push(point);
    return `(figures ->> $${params.length}::text)::float8`;
  };
  return term.minus
    ? `(${figure(term.point)} - ${figure(term.minus)})`
    : figure(term.point);
}

/**
 * The portal's queries over `published_report`. Shares are computed in PostgreSQL: a unit's figures,
 * or a county's and the country's sums, per period, over the reports that have both figures.
 */
@Injectable()
export class PublicationReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Periods with at least one published report, oldest first. */
  periods(): Promise<PublishedPeriodRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.year, p.half FROM reporting.reporting_period p
        WHERE EXISTS (SELECT 1 FROM reporting.published_report r WHERE r.period_id = p.id)
        ORDER BY p.year, p.half`,
    );
  }

  /** The units a reader chooses from (see `UNITS`), by number. */
  units(): Promise<PublicationUnitRow[]> {
    return this.dataSource.query(`SELECT * FROM ${UNITS} ORDER BY id`);
  }

  /** Those of `ids` that are units today. */
  unitsById(ids: readonly string[]): Promise<PublicationUnitRow[]> {
    return this.dataSource.query(`SELECT * FROM ${UNITS} WHERE id = ANY($1)`, [
      ids,
    ]);
  }

  async countyName(countyId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM reporting.fylke WHERE version_id = ${CURRENT_VERSION} AND number = $1`,
      [countyId],
    );
    return rows[0]?.name ?? null;
  }

  /**
   * A unit's figures per period, oldest first: its report's, or for a kommune with bydeler the sums of
   * theirs (a point is `null` unless every report has a number for it; a yes/no only when all agree).
   */
  unitReports(unitId: string): Promise<PublishedReportRow[]> {
    return this.dataSource.query(
      `WITH x AS (SELECT $1::text AS id),
            rows AS (SELECT r.* FROM reporting.published_report r, x WHERE ${REPORTS_OF_X}),
            periods AS (
              SELECT period_id, max(form_version) AS form_version,
                     max(approved_at) AS approved_at, count(*) AS reports
                FROM rows GROUP BY period_id)
       SELECT t.period_id AS "periodId", t.form_version AS "formVersion",
              t.approved_at AS "approvedAt",
              coalesce((
                SELECT jsonb_object_agg(f.key, f.total) FROM (
                  SELECT e.key,
                         CASE
                           WHEN count(*) < t.reports THEN 'null'::jsonb
                           WHEN bool_and(jsonb_typeof(e.value) = 'number')
                             THEN to_jsonb(sum(CASE WHEN jsonb_typeof(e.value) = 'number'
                                               THEN (e.value #>> '{}')::numeric END))
                           WHEN bool_and(jsonb_typeof(e.value) = 'boolean')
                                AND count(DISTINCT e.value) = 1
                             THEN min(e.value::text)::jsonb
                           ELSE 'null'::jsonb
                         END AS total
                    FROM rows r2, jsonb_each(r2.figures) e
                   WHERE r2.period_id = t.period_id
                   GROUP BY e.key) f), '{}'::jsonb) AS figures
         FROM periods t
         JOIN reporting.reporting_period p ON p.id = t.period_id
        ORDER BY p.year, p.half`,
      [unitId],
    );
  }

  /** Each unit's numerator and denominator per period with a published report (a kommune's: its bydeler's sums). */
  unitSums(
    indicator: IndicatorDefinition,
    unitIds: readonly string[],
  ): Promise<(PeriodSums & { unitId: string })[]> {
    const params: unknown[] = [unitIds];
    const numerator = termSql(indicator.numerator, params);
    const denominator = termSql(indicator.denominator, params);
    return this.dataSource.query(
      `SELECT x.id AS "unitId", r.period_id AS "periodId",
              sum(r.n) FILTER (WHERE r.n IS NOT NULL AND r.d IS NOT NULL) AS numerator,
              sum(r.d) FILTER (WHERE r.n IS NOT NULL AND r.d IS NOT NULL) AS denominator,
              count(*) FILTER (WHERE r.n IS NOT NULL AND r.d IS NOT NULL)::int AS reports
         FROM unnest($1::text[]) AS x(id)
         JOIN LATERAL (
           SELECT r.period_id, ${numerator} AS n, ${denominator} AS d
             FROM reporting.published_report r
            WHERE ${REPORTS_OF_X}) r ON true
        GROUP BY x.id, r.period_id`,
      params,
    );
  }

  /** A county's (or, with `null`, the whole country's) sums per period, over the reports that have both figures. */
  aggregateSums(
    indicator: IndicatorDefinition,
    countyId: string | null,
  ): Promise<PeriodSums[]> {
    const params: unknown[] = [countyId];
    const numerator = termSql(indicator.numerator, params);
    const denominator = termSql(indicator.denominator, params);
    return this.dataSource.query(
      `SELECT period_id AS "periodId", sum(n)::float8 AS numerator,
              sum(d)::float8 AS denominator, count(*)::int AS reports
         FROM (SELECT period_id, ${numerator} AS n, ${denominator} AS d
                 FROM reporting.published_report
                WHERE $1::text IS NULL OR county_id = $1::text) t
        WHERE n IS NOT NULL AND d IS NOT NULL
        GROUP BY period_id`,
      params,
    );
  }
}
