import type {
  FilledBy,
  FormDefinition,
  FormPoint,
  ReportValues,
} from '../model/form-definition';
import { allPoints, isBlank, isNumericKind } from '../model/form-points';
import { formatNumber } from './norwegian-format';
import type { Problem } from './problem';
import { checkValue } from './value-checks';

/** `draft` saves what is there; `submit` also demands every required point of the submitter. */
export type ValidationMode = 'draft' | 'submit';

export interface ValidateReportOptions {
  /** Who is saving or submitting: only their required points are demanded. */
  readonly filledBy: FilledBy;
  /** Defaults to `submit`, the stricter mode. */
  readonly mode?: ValidationMode;
}

/**
 * Every problem with a report's values under one form version, in form order, then values for
 * points the version does not know. Malformed values are refused in both modes; a sub-point is
 * compared with its parent only when both hold valid numbers.
 */
export function validateReport(
  definition: FormDefinition,
  values: ReportValues,
  options: ValidateReportOptions,
): Problem[] {
  const mode = options.mode ?? 'submit';
  const points = allPoints(definition);
  const byId = new Map(points.map((point) => [point.id, point]));
  const problems: Problem[] = [];

  for (const point of points) {
    const value = values[point.id];
    if (point.withdrawn) {
      if (!isBlank(value)) problems.push(withdrawnProblem(point, definition));
      continue;
    }
    if (value === undefined || isBlank(value)) {
      if (
        mode === 'submit' &&
        point.required &&
        point.filledBy === options.filledBy
      ) {
        problems.push(requiredProblem(point));
      }
      continue;
    }
    const valueProblem = checkValue(point, value);
    if (valueProblem) {
      problems.push(valueProblem);
      continue;
    }
    const parent = point.parentId ? byId.get(point.parentId) : undefined;
    const parentValue = parent ? validNumber(parent, values) : undefined;
    if (
      parent &&
      parentValue !== undefined &&
      typeof value === 'number' &&
      value > parentValue
    ) {
      problems.push({
        pointId: point.id,
        code: 'EXCEEDS_PARENT',
        message: `${point.id} kan ikke være større enn ${parent.id} (${formatNumber(parentValue)}).`,
      });
    }
  }

  for (const [pointId, value] of Object.entries(values)) {
    if (!byId.has(pointId) && !isBlank(value)) {
      problems.push({
        pointId,
        code: 'UNKNOWN_POINT',
        message: `Punktet ${pointId} finnes ikke i versjon ${definition.version} av skjemaet. Last inn skjemaet på nytt.`,
      });
    }
  }
  return problems;
}

/** The parent's value when it is an active numeric point holding a valid number. */
function validNumber(
  point: FormPoint,
  values: ReportValues,
): number | undefined {
  const value = values[point.id];
  if (point.withdrawn || !isNumericKind(point.kind)) return undefined;
  if (typeof value !== 'number' || checkValue(point, value)) return undefined;
  return value;
}

function requiredProblem(point: FormPoint): Problem {
  const hint: Record<FormPoint['kind'], string> = {
    count: `Fyll ut ${point.id}. Skriv 0 hvis det ikke er noen.`,
    decimal: `Fyll ut ${point.id}. Skriv 0 hvis det ikke er noen.`,
    yesNo: `Svar ja eller nei på ${point.id}.`,
    text: `Fyll ut ${point.id}.`,
  };
  return { pointId: point.id, code: 'REQUIRED', message: hint[point.kind] };
}

function withdrawnProblem(
  point: FormPoint,
  definition: FormDefinition,
): Problem {
  return {
    pointId: point.id,
    code: 'WITHDRAWN_POINT',
    message: `${point.id} er tatt ut av skjemaet i versjon ${definition.version} og skal ikke fylles ut. Fjern verdien.`,
  };
}
