import {
  activePoints,
  allPoints,
  formVersion,
  type FormPoint,
  HALVARSRAPPORT_VERSIONS,
} from '@bvr/report-forms';

export interface FigurePoint {
  id: string;
  label: string;
  parentId: string | null;
}

const isFigure = (point: FormPoint) => point.kind !== 'text';

/**
 * Every figure point of every form version, in the newest version's order (older versions' points
 * after), each with its label from the newest version that still asks for it.
 */
const FIGURE_POINTS: readonly FigurePoint[] = (() => {
  const newestFirst = [...HALVARSRAPPORT_VERSIONS].reverse();
  const ids = [...new Set(newestFirst.flatMap((v) => allPoints(v)))]
    .filter(isFigure)
    .map((point) => point.id);
  return [...new Set(ids)].map((id) => {
    const point =
      newestFirst
        .flatMap((v) => activePoints(v))
        .find((candidate) => candidate.id === id) ??
      newestFirst.flatMap((v) => allPoints(v)).find((c) => c.id === id);
    return {
      id,
      label: point?.label ?? id,
      parentId: point?.parentId ?? null,
    };
  });
})();

/** The figure points that have a value in one of `figures`, in form order. */
export function pointsWithFigures(
  figures: readonly Record<string, unknown>[],
): FigurePoint[] {
  return FIGURE_POINTS.filter((point) =>
    figures.some(
      (values) => values[point.id] !== undefined && values[point.id] !== null,
    ),
  );
}

/** A period's figures under its form version: every figure point it asks for, `null` when unanswered. */
export function figuresOfVersion(
  version: number,
  figures: Record<string, number | boolean | null>,
): Record<string, number | boolean | null> {
  const definition = formVersion(version);
  if (!definition) return { ...figures };
  return Object.fromEntries(
    activePoints(definition)
      .filter(isFigure)
      .map((point) => [point.id, figures[point.id] ?? null]),
  );
}
