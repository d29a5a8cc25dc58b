import * as z from 'zod';

/**
 * The roles of the platform. Each is granted with a data scope: which units the holder acts for.
 * See the glossary in the README for the Norwegian names.
 */
export const Role = {
  /** Kommune/bydel reporter: fills in and submits the unit's reports. Scope: unit. */
  UNIT_REPORTER: 'unit-reporter',
  /** Statsforvalter caseworker: controls the reports of the office's kommuner. Scope: office. */
  STATSFORVALTER_CASEWORKER: 'statsforvalter-caseworker',
  /** Bufdir: receives forwarded reports. Scope: national. */
  BUFDIR: 'bufdir',
  /** Reader of the publication portal ("Utrapportering"). Scope: unit, county or national. */
  PUBLICATION_READER: 'publication-reader',
  /** Administers the bekymringsmelding service of a kommune/bydel. Scope: unit. */
  CONCERN_ADMIN: 'concern-admin',
  /** Downloads and confirms bekymringsmeldinger of a kommune/bydel. Scope: unit. */
  CONCERN_CASEWORKER: 'concern-caseworker',
  /** Administers the platform: roles, models, machine clients. Scope: national. */
  PLATFORM_ADMIN: 'platform-admin',
  /** A case system (fagsystem) reporting by machine for one kommune. Scope: unit. Never granted to a person. */
  MACHINE_REPORTER: 'machine-reporter',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const PERSON_ROLES = Object.values(Role).filter(
  (role) => role !== Role.MACHINE_REPORTER,
) as Exclude<Role, 'machine-reporter'>[];

export type ScopeType = 'unit' | 'office' | 'county' | 'national';

/** Which scopes each role may be granted with. */
export const ROLE_SCOPES: Record<Role, readonly ScopeType[]> = {
  'unit-reporter': ['unit'],
  'statsforvalter-caseworker': ['office'],
  bufdir: ['national'],
  'publication-reader': ['unit', 'county', 'national'],
  'concern-admin': ['unit'],
  'concern-caseworker': ['unit'],
  'platform-admin': ['national'],
  'machine-reporter': ['unit'],
};

/** A kommune (4 digits) or bydel (6 digits). */
export const UNIT_ID = /^\d{4}(\d{2})?$/;
/** A Statsforvalter office slug, as in the reference data. */
export const OFFICE_ID = /^sf-[a-z]+(-[a-z]+)*$/;
/** A fylke number. */
export const COUNTY_ID = /^\d{2}$/;

export type Scope =
  | { type: 'unit'; id: string }
  | { type: 'office'; id: string }
  | { type: 'county'; id: string }
  | { type: 'national' };

export const scopeSchema: z.ZodType<Scope> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('unit'),
    id: z
      .string()
      .regex(UNIT_ID, 'a unit is a kommune (4 digits) or bydel (6 digits)'),
  }),
  z.object({
    type: z.literal('office'),
    id: z.string().regex(OFFICE_ID, 'an office id looks like sf-vestland'),
  }),
  z.object({
    type: z.literal('county'),
    id: z.string().regex(COUNTY_ID, 'a county is a 2-digit fylke number'),
  }),
  z.object({ type: z.literal('national') }),
]);

export interface Grant {
  role: Role;
  scope: Scope;
}

export const grantSchema = z
  .object({
    role: z.enum(Object.values(Role) as [Role, ...Role[]]),
    scope: scopeSchema,
  })
  .refine((grant) => ROLE_SCOPES[grant.role].includes(grant.scope.type), {
    message: 'this role cannot be granted with this kind of scope',
    path: ['scope', 'type'],
  });

/** The compact form carried in access tokens: `unit-reporter@unit:4601`, `bufdir@national`. */
export function formatGrant(grant: Grant): string {
  const scope =
    grant.scope.type === 'national'
      ? 'national'
      : `${grant.scope.type}:${grant.scope.id}`;
  return `${grant.role}@${scope}`;
}

/** Parses the compact form; `null` when it is not a valid grant. */
export function parseGrant(text: string): Grant | null {
  const at = text.indexOf('@');
  if (at < 0) return null;
  const role = text.slice(0, at);
  const scopeText = text.slice(at + 1);
  const colon = scopeText.indexOf(':');
  const scope =
    scopeText === 'national'
      ? { type: 'national' }
      : colon > 0
        ? { type: scopeText.slice(0, colon), id: scopeText.slice(colon + 1) }
        : null;
  const parsed = grantSchema.safeParse({ role, scope });
  return parsed.success ? (parsed.data as Grant) : null;
}
