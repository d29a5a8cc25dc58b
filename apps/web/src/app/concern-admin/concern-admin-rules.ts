import type { ErrorCode } from '@bvr/contracts';
import type { ConcernServiceView } from '@bvr/contracts';
import type { ErrorSummaryItem } from '../ui/error-summary';

/** A kommune from `GET /api/reporting/reference-data/kommuner/:nr`, bydeler with two-digit numbers. */
export interface KommuneReference {
  readonly number: string;
  readonly name: string;
  readonly bydeler: ReadonlyArray<{
    readonly bydelsnummer: string;
    readonly name: string;
  }>;
}

/** A unit someone can be given access for: the kommune itself (bydel "00") or a bydel. */
export interface ServiceUnit {
  readonly unitId: string;
  readonly name: string;
  readonly bydelsnummer: string;
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

export const KOMMUNENUMMER = /^\d{4}$/;

/** The kommuner the person administers the service for: `concern-admin@unit:4601` (or a bydel of it). */
export function adminKommuner(
  grants: ReadonlyArray<{
    readonly role: string;
    readonly scope: { readonly type: string; readonly id?: string };
  }>,
): string[] {
  const numbers = grants
    .filter((g) => g.role === 'concern-admin' && g.scope.type === 'unit')
    .map((g) => (g.scope.id ?? '').slice(0, 4))
    .filter((n) => KOMMUNENUMMER.test(n));
  return [...new Set(numbers)].sort();
}

/** "460102" → "02": a bydel's number is the last two digits of its reference number. */
export function bydelsnummerOf(referenceNumber: string): string {
  return referenceNumber.slice(-2);
}

/** The unit id of grants: the kommunenummer for bydel "00", else kommunenummer + bydelsnummer. */
export function unitIdOf(kommunenummer: string, bydelsnummer: string): string {
  return bydelsnummer === '00'
    ? kommunenummer
    : `${kommunenummer}${bydelsnummer}`;
}

/** `{ kommune: { number, name, bydeler: [{ number, name }] } }`, or null when it is not one. */
export function toKommuneReference(body: unknown): KommuneReference | null {
  const kommune = isObject(body) ? body['kommune'] : null;
  if (!isObject(kommune)) return null;
  const number = text(kommune['number']);
  const name = text(kommune['name']);
  if (!number || !name) return null;
  const bydeler = Array.isArray(kommune['bydeler']) ? kommune['bydeler'] : [];
  return {
    number,
    name,
    bydeler: bydeler.flatMap((b: unknown) => {
      const n = isObject(b) ? text(b['number']) : null;
      const bydelName = isObject(b) ? text(b['name']) : null;
      return n && bydelName
        ? [{ bydelsnummer: bydelsnummerOf(n), name: bydelName }]
        : [];
    }),
  };
}

/** The units of a set-up service, in the order of its bydeler: whom «Tilganger for …» concerns. */
export function serviceUnits(view: ConcernServiceView): ServiceUnit[] {
  return view.bydeler.map((b) => ({
    unitId: unitIdOf(view.kommunenummer, b.bydelsnummer),
    bydelsnummer: b.bydelsnummer,
    name:
      b.bydelsnummer === '00' || !view.harBydeler
        ? view.kommunenavn
        : b.bydelsnavn,
  }));
}

/** A sanity check of the service's answer: the fields the page reads. */
export function isServiceView(body: unknown): body is ConcernServiceView {
  return (
    isObject(body) &&
    typeof body['kommunenummer'] === 'string' &&
    typeof body['kommunenavn'] === 'string' &&
    (body['mottak'] === 'manuell' || body['mottak'] === 'svarinn') &&
    Array.isArray(body['bydeler'])
  );
}

/** The code of a 404 when the kommune has not taken the service into use. */
const NOT_SET_UP: ErrorCode = 'BEKYMRINGSMELDING.NOT_SET_UP';

export function isNotSetUp(status: number, body: unknown): boolean {
  return status === 404 && isObject(body) && body['code'] === NOT_SET_UP;
}

/** The `message` of an error body, when the service sent one. */
export function bodyMessage(body: unknown): string | null {
  return isObject(body) ? text(body['message']) : null;
}

/** `details: [{ path, message }]` of a 400, path as `a.b.0` or `['a', 'b', 0]`. */
export function bodyDetails(
  body: unknown,
): Array<{ path: Array<string | number>; message: string }> {
  const details =
    isObject(body) && Array.isArray(body['details']) ? body['details'] : [];
  return details.flatMap((d: unknown) => {
    if (!isObject(d)) return [];
    const message = text(d['message']);
    const raw = d['path'];
    const path = Array.isArray(raw)
      ? raw.filter(
          (p): p is string | number =>
            typeof p === 'string' || typeof p === 'number',
        )
      : typeof raw === 'string'
        ? raw.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
        : [];
    return message ? [{ path, message }] : [];
  });
}

/** Server details as summary items, one per field; those no field matches go to `fallbackField`. */
export function detailErrors(
  body: unknown,
  fieldFor: (path: Array<string | number>) => string | null,
  fallbackField: string,
): ErrorSummaryItem[] {
  const seen = new Set<string>();
  return bodyDetails(body).flatMap(({ path, message }) => {
    const fieldId = fieldFor(path) ?? fallbackField;
    if (seen.has(fieldId)) return [];
    seen.add(fieldId);
    return [{ fieldId, message }];
  });
}

/** "11 siffer": a fødselsnummer or D-nummer, spaces allowed while typing. */
export function pidErrors(pid: string, fieldId: string): ErrorSummaryItem[] {
  return /^\d{11}$/.test(pid.replace(/\s/g, ''))
    ? []
    : [{ fieldId, message: 'Fødselsnummeret har 11 siffer.' }];
}

/** `POST /api/identity/grants`: a caseworker of the unit. */
export function caseworkerGrantRequest(
  pid: string,
  name: string,
  unitId: string,
): {
  pid: string;
  name?: string;
  role: 'concern-caseworker';
  scope: { type: 'unit'; id: string };
} {
  const trimmed = name.trim();
  return {
    pid: pid.replace(/\s/g, ''),
    ...(trimmed ? { name: trimmed } : {}),
    role: 'concern-caseworker',
    scope: { type: 'unit', id: unitId },
  };
}

/** A caseworker grant as `GET /api/identity/grants` lists them; the pid comes masked. */
export interface CaseworkerGrant {
  readonly id: string;
  readonly name: string;
  readonly pid: string;
  readonly grantedAt: string;
}

export function toCaseworkerGrants(body: unknown): CaseworkerGrant[] {
  if (!Array.isArray(body)) throw new Error('the grants are not a list');
  return body.flatMap((g: unknown) => {
    if (!isObject(g)) return [];
    const id = text(g['id']);
    return id
      ? [
          {
            id,
            name: text(g['name']) ?? 'Uten navn',
            pid: text(g['pid']) ?? '',
            grantedAt: text(g['grantedAt']) ?? '',
          },
        ]
      : [];
  });
}
