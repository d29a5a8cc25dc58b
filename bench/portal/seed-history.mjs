// The benchmark's published history: every reporting unit's approved report for 10 years × 2 periods,
// written straight into the tables in a few statements (the demo seed's figures, per report, would
// only make the set-up slower; the portal reads published_report alone).
export const FIRST_YEAR = 2014;
export const YEARS = 10;

export async function seedHistory(db) {
  await db.query(
    `
    INSERT INTO reporting.reporting_period
      (year, half, opens_on, kommune_deadline, statsforvalter_deadline, form_version, created_by, updated_by)
    SELECT y, h,
           CASE h WHEN 1 THEN make_date(y, 7, 1) ELSE make_date(y + 1, 1, 1) END,
           CASE h WHEN 1 THEN make_date(y, 8, 18) ELSE make_date(y + 1, 1, 20) END,
           CASE h WHEN 1 THEN make_date(y, 8, 25) ELSE make_date(y + 1, 2, 8) END,
           CASE WHEN y >= 2023 THEN 2 ELSE 1 END, 'bench', 'bench'
      FROM generate_series($1::int, $1::int + $2::int - 1) y, generate_series(1, 2) h
    ON CONFLICT (year, half) DO NOTHING`,
    [FIRST_YEAR, YEARS],
  );
  await db.query(`SELECT setseed(0.42)`);
  await db.query(
    `
    CREATE TEMP TABLE bench_report AS
    SELECT gen_random_uuid() AS id, u.number AS unit_id, u.kommune_number, u.fylke_number,
           p.id AS period_id, p.form_version, p.statsforvalter_deadline,
           (5 + random() * 200 * CASE WHEN u.kind = 'bydel' THEN 1 ELSE random() END)::int AS size
      FROM reporting.reporting_unit u
      JOIN reporting.reporting_period p
        ON p.year BETWEEN $1::int AND $1::int + $2::int - 1
     WHERE u.version_id = (SELECT max(id) FROM reporting.reference_data_version)`,
    [FIRST_YEAR, YEARS],
  );
  await db.query(`
    INSERT INTO reporting.report (id, unit_id, period_id, status, latest_version, decided_at)
    SELECT id, unit_id, period_id, 'approved', 1, statsforvalter_deadline FROM bench_report`);
  // Every sub-point is a share of its parent, so the form's "of those" rules hold.
  await db.query(`
    INSERT INTO reporting.published_report
      (report_id, unit_id, period_id, kommune_id, county_id, report_version, form_version, figures, approved_at)
    SELECT id, unit_id, period_id, kommune_number, fylke_number, 1, form_version,
           jsonb_build_object(
             'M1', m1, 'M2', (m1 * (0.8 + random() * 0.2))::int,
             'U1', u1, 'U2', u2, 'U3', (u2 * random() * 0.5)::int,
             'O1', o1, 'O2', (o1 * (0.8 + random() * 0.2))::int,
             'A1', a1, 'A2', a2, 'A3', a3, 'A3.1', (a3 * (0.5 + random() * 0.5))::int,
             'F1', f1, 'F2', (f1 * random() * 0.2)::int, 'F3', f1, 'F4', (f1 * random() * 0.25)::int,
             'F5', random() < 0.2),
           statsforvalter_deadline
      FROM (
        SELECT b.*, (u1 * random() * 0.4)::int AS u2, (a2 * (0.6 + random() * 0.3))::int AS a3
          FROM (
            SELECT b.*, (size * 2)::int AS m1, (size * 0.7)::int AS u1, (size * 0.3)::int AS o1,
                   size AS a1, (size * (0.7 + random() * 0.3))::int AS a2, (size * 0.35)::int AS f1
              FROM bench_report b) b) x`);
  await db.query(`ANALYZE reporting.report, reporting.published_report`);
  const [{ reports, units, periods }] = (
    await db.query(`SELECT count(*)::int AS reports, count(DISTINCT unit_id)::int AS units,
                           count(DISTINCT period_id)::int AS periods FROM reporting.published_report`)
  ).rows;
  return { reports, units, periods };
}
