import type {
  FormDefinition,
  FormPoint,
  ReportPeriod,
} from '../model/form-definition';

/** Field changes for one point; a field set to `undefined` is removed (e.g. an outdated legal reference). */
export type PointRevision = {
  readonly [K in keyof Omit<FormPoint, 'id'>]?: FormPoint[K] | undefined;
};

export interface DefinitionRevision {
  readonly version: number;
  readonly validFrom: ReportPeriod;
  readonly title?: string;
  /** Changes keyed by point id. Points are never removed: withdraw them with `withdrawn: true`. */
  readonly points: Readonly<Record<string, PointRevision>>;
}

/**
 * Builds the next version from the previous one and a list of changes, so that a version reads as
 * what the letter announcing it says changed. The result is plain data like any other version.
 */
export function reviseDefinition(
  base: FormDefinition,
  revision: DefinitionRevision,
): FormDefinition {
  const known = new Set(
    base.parts.flatMap((part) => part.points.map((point) => point.id)),
  );
  const unknown = Object.keys(revision.points).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `Versjon ${revision.version} endrer punkter som ikke finnes i versjon ${base.version}: ${unknown.join(', ')}.`,
    );
  }
  return {
    formId: base.formId,
    version: revision.version,
    validFrom: revision.validFrom,
    title: revision.title ?? base.title,
    parts: base.parts.map((part) => ({
      ...part,
      points: part.points.map((point) =>
        revisePoint(point, revision.points[point.id]),
      ),
    })),
  };
}

function revisePoint(
  point: FormPoint,
  changes: PointRevision | undefined,
): FormPoint {
  if (!changes) return point;
  const merged: Record<string, unknown> = { ...point, ...changes };
  for (const key of Object.keys(merged)) {
    if (merged[key] === undefined) delete merged[key];
  }
  return merged as unknown as FormPoint;
}
