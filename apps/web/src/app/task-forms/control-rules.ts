import { RETURN_MESSAGE_MAX_LENGTH } from '@bvr/contracts';
import {
  type FormDefinition,
  type FormPoint,
  pointsFilledBy,
  type ReportValue,
  type ReportValues,
  validateReport,
} from '@bvr/report-forms';
import type { ControlDecision } from '../tasks/task';

/** «Melding til kommunen ved ikke godkjent rapport»: the limit the workflow enforces on completion. */
export const MESSAGE_MAX = RETURN_MESSAGE_MAX_LENGTH;

/** Field ids, also the targets of the error summary's links. */
export const DECISION_FIELD = 'control-approved-ja';
export const MESSAGE_FIELD = 'control-message';
export const pointFieldId = (pointId: string): string =>
  `control-point-${pointId.replace(/\./g, '-')}`;

export interface DecisionError {
  readonly fieldId: string;
  readonly message: string;
}

/** Counted in code points, as the server and the database count them. */
export const lengthOf = (text: string): number => Array.from(text).length;

/** The points the Statsforvalter fills in this form version (e.g. U3). */
export const statsforvalterPoints = (definition: FormDefinition): FormPoint[] =>
  pointsFilledBy(definition, 'statsforvalter');

/** "3" → 3, "2,5" → 2.5, "" → null; anything else stays text for the form's rules to name. */
export function parseAnswer(point: FormPoint, typed: string): ReportValue {
  const trimmed = typed.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (point.kind !== 'count' && point.kind !== 'decimal') return typed;
  return /^-?\d+([.,]\d+)?$/.test(trimmed)
    ? Number(trimmed.replace(',', '.'))
    : typed;
}

/** The Statsforvalter's answers as the reporting service takes them. */
export function statsforvalterValues(
  definition: FormDefinition,
  typed: Readonly<Record<string, string>>,
): Record<string, ReportValue> {
  return Object.fromEntries(
    statsforvalterPoints(definition).map((point) => [
      point.id,
      parseAnswer(point, typed[point.id] ?? ''),
    ]),
  );
}

/**
 * What stops «Fortsett arbeidsflyt», in the order of the fields: a decision, a message when the
 * answer is «Nei», and the Statsforvalter's points by the form's rules (required ones only when
 * the report is approved, since a returned report comes back for a new control).
 */
export function decisionErrors(
  decision: ControlDecision,
  definition: FormDefinition | null,
  unitValues: ReportValues,
): DecisionError[] {
  const errors: DecisionError[] = [];
  if (decision.approved === null)
    errors.push({
      fieldId: DECISION_FIELD,
      message: 'Velg om kontrollen er ok: Ja eller Nei.',
    });
  if (decision.approved === false && decision.returnMessage.trim() === '')
    errors.push({
      fieldId: MESSAGE_FIELD,
      message:
        'Skriv en melding til kommunen om hvorfor rapporten ikke er godkjent.',
    });
  const length = lengthOf(decision.returnMessage);
  if (length > MESSAGE_MAX)
    errors.push({
      fieldId: MESSAGE_FIELD,
      message: `Meldingen er ${length - MESSAGE_MAX} tegn for lang. Den kan ha høyst ${MESSAGE_MAX} tegn.`,
    });
  return definition
    ? [...errors, ...pointErrors(decision, definition, unitValues)]
    : errors;
}

function pointErrors(
  decision: ControlDecision,
  definition: FormDefinition,
  unitValues: ReportValues,
): DecisionError[] {
  const own = new Set(statsforvalterPoints(definition).map((p) => p.id));
  if (own.size === 0) return [];
  const values = {
    ...Object.fromEntries(
      Object.entries(unitValues).filter(([id]) => !own.has(id)),
    ),
    ...statsforvalterValues(definition, decision.statsforvalterValues),
  };
  return validateReport(definition, values, {
    filledBy: 'statsforvalter',
    mode: decision.approved ? 'submit' : 'draft',
  })
    .filter((problem) => own.has(problem.pointId))
    .map((problem) => ({
      fieldId: pointFieldId(problem.pointId),
      message: problem.message,
    }));
}
