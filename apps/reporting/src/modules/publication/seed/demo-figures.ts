import {
  type FormDefinition,
  pointsFilledBy,
  type ReportValue,
  validateReport,
} from '@bvr/report-forms';

type Values = Record<string, ReportValue>;

/** A deterministic 32-bit hash of a text (FNV-1a), the seed of a unit's and a period's figures. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for demo figures. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo's figures of one unit for one half-year, under the form version of the period. */
export interface DemoFigures {
  /** What the unit submits. */
  unit: Values;
  /** What the Statsforvalter adds during control (U3). */
  statsforvalter: Values;
}

/**
 * Plausible figures that keep the form's rules (a sub-point never exceeds its parent): a unit's size is
 * fixed by its number (from a few children to a large city), the period moves the shares a little, and
 * later years do slightly better, so that the series have something to show.
 */
export function demoFigures(
  definition: FormDefinition,
  unitId: string,
  year: number,
  half: 1 | 2,
): DemoFigures {
  const size = 0.15 + 25 * random(hash(unitId))() ** 3;
  const next = random(hash(`${unitId}:${year}:${half}`));
  const trend = Math.max(0, Math.min(1, (year - 2016) / 10));
  const count = (base: number) =>
    Math.max(0, Math.round(base * size * (0.8 + 0.4 * next())));
  const part = (of: number, low: number, high: number) =>
    Math.min(of, Math.round(of * (low + (high - low) * next())));

  const M1 = count(40);
  const U1 = count(14);
  const U2 = part(U1, 0.3 - 0.2 * trend, 0.45 - 0.25 * trend);
  const O1 = count(6);
  const A1 = count(20);
  const A2 = part(A1, 0.7 + 0.1 * trend, 0.9 + 0.08 * trend);
  const A3 = part(A2, 0.6, 0.9);
  const F1 = count(7);
  const F3 = part(F1, 0.9, 1);
  const figures: Values = {
    M1,
    M2: part(M1, 0.8 + 0.1 * trend, 0.95 + 0.05 * trend),
    U1,
    U2,
    O1,
    O2: part(O1, 0.8, 1),
    A1,
    A2,
    A3,
    'A3.1': part(A3, 0.5 + 0.2 * trend, 0.85 + 0.1 * trend),
    F1,
    F2: part(F1, 0, 0.2 - 0.1 * trend),
    F3,
    F4: part(F3, 0, 0.25 - 0.1 * trend),
    F5: next() < 0.2,
    S1: Math.round(size * 30 * (0.8 + 0.4 * next())) / 10,
    S2: Math.round(size * 12 * (0.8 + 0.4 * next())) / 10,
    S3: Math.round(size * 15 * (0.8 + 0.4 * next())) / 10,
  };
  const unit: Values = {};
  for (const point of pointsFilledBy(definition, 'unit'))
    if (figures[point.id] !== undefined) unit[point.id] = figures[point.id];
  const statsforvalter: Values = {};
  if (pointsFilledBy(definition, 'statsforvalter').some((p) => p.id === 'U3'))
    statsforvalter['U3'] = part(U2, 0, 0.6);
  return { unit, statsforvalter };
}

/** The form's own rules over the demo figures: the seed refuses to write figures a unit could not submit. */
export function demoFigureProblems(
  definition: FormDefinition,
  figures: DemoFigures,
): string[] {
  const all = { ...figures.unit, ...figures.statsforvalter };
  return [
    ...validateReport(definition, figures.unit, { filledBy: 'unit' }),
    ...validateReport(definition, all, { filledBy: 'statsforvalter' }),
  ].map((problem) => `${problem.pointId}: ${problem.message}`);
}
