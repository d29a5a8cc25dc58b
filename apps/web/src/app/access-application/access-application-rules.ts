import type { ErrorSummaryItem } from '../ui/error-summary';

/** Whom the applicant represents, as the identity service names it. */
export type ApplicantKind = 'unit' | 'statsforvalter' | 'external';
export type ApplicationStatus = 'pending' | 'approved' | 'rejected';

/** One of my applications, as `GET /api/identity/access-applications/mine` lists them. */
export interface MyApplication {
  readonly id: string;
  readonly kind: ApplicantKind;
  readonly represents: string;
  /** «Statsforvalteren i Vestland» or «Bufdir». */
  readonly approver: string;
  readonly status: ApplicationStatus;
  readonly submittedAt: string;
  readonly decidedAt: string | null;
}

/** What the form holds; `unitId` is the select of the chosen kind. */
export interface ApplicationDraft {
  readonly kind: ApplicantKind | null;
  readonly unitId: string;
  readonly kommuneId: string;
  readonly organisation: string;
}

export const EMPTY_DRAFT: ApplicationDraft = {
  kind: null,
  unitId: '',
  kommuneId: '',
  organisation: '',
};

/** `POST /api/identity/access-applications`. */
export type ApplicationRequest =
  | { readonly kind: 'unit'; readonly unitId: string }
  | { readonly kind: 'statsforvalter'; readonly unitId: string }
  | { readonly kind: 'external'; readonly organisation: string };

/** A choice in «Kommune eller bydel» or «Velg en av kommunene i fylket ditt». */
export interface UnitOption {
  readonly number: string;
  readonly name: string;
}

/** Field ids: the error summary links to them. */
export const FIELDS = {
  kind: 'access-kind-unit',
  unit: 'access-unit',
  kommune: 'access-kommune',
  organisation: 'access-organisation',
} as const;

export const ORGANISATION_MAX = 200;

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const KINDS: readonly string[] = ['unit', 'statsforvalter', 'external'];
const STATUSES: readonly string[] = ['pending', 'approved', 'rejected'];

function application(value: unknown): MyApplication[] {
  if (!isObject(value)) return [];
  const id = text(value['id']);
  const submittedAt = text(value['submittedAt']);
  const { kind, status } = value;
  if (!id || !submittedAt || !KINDS.includes(`${kind}`)) return [];
  if (!STATUSES.includes(`${status}`)) return [];
  return [
    {
      id,
      kind: kind as ApplicantKind,
      represents: text(value['represents']) ?? '',
      approver: text(value['approver']) ?? 'Bufdir',
      status: status as ApplicationStatus,
      submittedAt,
      decidedAt: text(value['decidedAt']),
    },
  ];
}

/** Narrows the untrusted answer of `/mine` (newest first); malformed rows are left out. */
export function toMyApplications(body: unknown): MyApplication[] {
  if (!Array.isArray(body))
    throw new Error(
      'the identity service answered with something that is not a list of applications',
    );
  return body.flatMap(application);
}

/** `{ items: [{ number, name }] }` → options; anything malformed is skipped. */
export function unitOptions(body: unknown): UnitOption[] {
  const items =
    isObject(body) && Array.isArray(body['items']) ? body['items'] : [];
  return items.flatMap((item: unknown) => {
    const number = isObject(item) ? text(item['number']) : null;
    const name = isObject(item) ? text(item['name']) : null;
    return number && name ? [{ number, name }] : [];
  });
}

/** Reporting units and kommuner as one list: each number once, sorted by name. */
export function mergeOptions(
  ...lists: ReadonlyArray<readonly UnitOption[]>
): UnitOption[] {
  const byNumber = new Map<string, UnitOption>();
  for (const option of lists.flat())
    if (!byNumber.has(option.number)) byNumber.set(option.number, option);
  return [...byNumber.values()].sort(
    (a, b) =>
      a.name.localeCompare(b.name, 'nb') || a.number.localeCompare(b.number),
  );
}

/** What stops «Send søknad», in the order of the fields. */
export function applicationErrors(draft: ApplicationDraft): ErrorSummaryItem[] {
  switch (draft.kind) {
    case null:
      return [{ fieldId: FIELDS.kind, message: 'Velg hvem du representerer.' }];
    case 'unit':
      return draft.unitId
        ? []
        : [{ fieldId: FIELDS.unit, message: 'Velg kommune eller bydel.' }];
    case 'statsforvalter':
      return draft.kommuneId
        ? []
        : [
            {
              fieldId: FIELDS.kommune,
              message: 'Velg en av kommunene i fylket ditt.',
            },
          ];
    case 'external': {
      const name = draft.organisation.trim();
      if (name.length < 2)
        return [
          {
            fieldId: FIELDS.organisation,
            message: 'Skriv navnet på virksomheten du representerer.',
          },
        ];
      return name.length > ORGANISATION_MAX
        ? [
            {
              fieldId: FIELDS.organisation,
              message: `Navnet på virksomheten kan ha høyst ${ORGANISATION_MAX} tegn.`,
            },
          ]
        : [];
    }
  }
}

/** The request for a draft without errors (see `applicationErrors`). */
export function applicationRequest(
  draft: ApplicationDraft,
): ApplicationRequest {
  switch (draft.kind) {
    case 'unit':
      return { kind: 'unit', unitId: draft.unitId };
    case 'statsforvalter':
      return { kind: 'statsforvalter', unitId: draft.kommuneId };
    case 'external':
      return { kind: 'external', organisation: draft.organisation.trim() };
    case null:
      throw new Error('choose whom you represent first');
  }
}
