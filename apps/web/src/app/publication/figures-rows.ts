import type { UnitFiguresResponse } from '@bvr/contracts';
import { formatFigure } from './publication-format';

export interface FiguresColumn {
  readonly periodId: number;
  readonly name: string;
}

export interface FiguresRow {
  readonly pointId: string;
  readonly label: string;
  /** A sub-point (e.g. U2 under U1) is indented under its parent; 0–2. */
  readonly level: number;
  readonly cells: readonly string[];
}

/** The periods as columns, newest first. */
export function figuresColumns(figures: UnitFiguresResponse): FiguresColumn[] {
  return [...figures.periods]
    .sort((a, b) => b.year - a.year || b.half - a.half)
    .map((period) => ({ periodId: period.id, name: period.name }));
}

/** A row per point in form order, a cell per period (newest first). */
export function figuresRows(figures: UnitFiguresResponse): FiguresRow[] {
  const parents = new Map(
    figures.points.map((point) => [point.id, point.parentId]),
  );
  const levelOf = (id: string): number => {
    let level = 0;
    for (let parent = parents.get(id); parent && level < 2; level++)
      parent = parents.get(parent);
    return level;
  };
  const periods = [...figures.periods].sort(
    (a, b) => b.year - a.year || b.half - a.half,
  );
  return figures.points.map((point) => ({
    pointId: point.id,
    label: point.label,
    level: levelOf(point.id),
    cells: periods.map((period) => formatFigure(period.values[point.id])),
  }));
}
