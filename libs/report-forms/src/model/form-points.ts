import type {
  FilledBy,
  FormDefinition,
  FormPart,
  FormPoint,
  PointKind,
  ReportValue,
} from './form-definition';

/** Every point in form order, withdrawn ones included. */
export function allPoints(definition: FormDefinition): FormPoint[] {
  return definition.parts.flatMap((part) => part.points);
}

/** The points shown and validated in this version, in form order. */
export function activePoints(definition: FormDefinition): FormPoint[] {
  return allPoints(definition).filter((point) => !point.withdrawn);
}

/** The active points a role fills (the unit's fields, or the Statsforvalter's). */
export function pointsFilledBy(
  definition: FormDefinition,
  filledBy: FilledBy,
): FormPoint[] {
  return activePoints(definition).filter(
    (point) => point.filledBy === filledBy,
  );
}

export function findPoint(
  definition: FormDefinition,
  pointId: string,
): FormPoint | undefined {
  return allPoints(definition).find((point) => point.id === pointId);
}

/** The part a point belongs to. */
export function findPart(
  definition: FormDefinition,
  pointId: string,
): FormPart | undefined {
  return definition.parts.find((part) =>
    part.points.some((point) => point.id === pointId),
  );
}

export function isNumericKind(kind: PointKind): boolean {
  return kind === 'count' || kind === 'decimal';
}

/** `null`, a missing value and whitespace-only text all mean "not answered". */
export function isBlank(value: ReportValue | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}
