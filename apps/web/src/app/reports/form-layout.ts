import type { FormDefinition, FormPart, FormPoint } from '@bvr/report-forms';

/** A point as the form lists it, with how deep it sits under its parents (0 for a main point). */
export interface PointRow {
  readonly point: FormPoint;
  readonly depth: number;
}

/** The parts that have a point to show (a part whose points are all withdrawn is left out). */
export function shownParts(definition: FormDefinition): FormPart[] {
  return definition.parts.filter((part) =>
    part.points.some((point) => !point.withdrawn),
  );
}

/** The part's active points in form order; a sub-point follows its parent (the schema demands it). */
export function pointRows(part: FormPart): PointRow[] {
  const byId = new Map(part.points.map((point) => [point.id, point]));
  const depthOf = (point: FormPoint, seen = new Set<string>()): number => {
    const parent = point.parentId ? byId.get(point.parentId) : undefined;
    if (!parent || seen.has(parent.id)) return 0;
    return 1 + depthOf(parent, seen.add(point.id));
  };
  return part.points
    .filter((point) => !point.withdrawn)
    .map((point) => ({ point, depth: depthOf(point) }));
}

/** The part to show for `?del=`: that part, or the first. */
export function partToShow(
  parts: readonly FormPart[],
  number: number,
): FormPart | undefined {
  return parts.find((part) => part.number === number) ?? parts[0];
}

/** A key the service accepts for `idempotencyKey`; `randomUUID` needs a secure context. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
}
