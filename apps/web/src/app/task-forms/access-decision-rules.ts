import type { ErrorSummaryItem } from '../ui/error-summary';
import type { AccessDecision, ApplicantKind } from '../tasks/task';

/** The first «Godkjenner» radio; the error summary links here. */
export const APPROVED_FIELD = 'access-approved-ja';

/** «Type søker», as the application form names the choices. */
export const APPLICANT_KIND_LABELS: Readonly<Record<ApplicantKind, string>> = {
  unit: 'Kommune eller bydel',
  statsforvalter: 'Statsforvalteren',
  external: 'Annen virksomhet',
};

/** What stops «Fortsett arbeidsflyt»: no answer to «Godkjenner». */
export function accessDecisionErrors(
  decision: AccessDecision,
): ErrorSummaryItem[] {
  return decision.approved === null
    ? [
        {
          fieldId: APPROVED_FIELD,
          message: 'Velg Ja eller Nei under Godkjenner.',
        },
      ]
    : [];
}

/** The task's outcome (`{approved}`, see `FORM_OUTCOMES` in @bvr/contracts). */
export function accessDecisionOutcome(decision: AccessDecision): {
  approved: boolean;
} {
  if (decision.approved === null) throw new Error('«Godkjenner» has no answer');
  return { approved: decision.approved };
}

/** «Ja», «Nei», or that nothing was registered. */
export const approvedLabel = (approved: boolean | null | undefined): string =>
  approved === true ? 'Ja' : approved === false ? 'Nei' : 'Ikke registrert';
