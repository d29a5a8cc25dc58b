import {
  type Grant,
  Role,
  UNIT_ID,
  type WorkflowCommand,
} from '@bvr/contracts';
import { z } from 'zod';

/** Whom the applicant represents: a kommune or bydel, a Statsforvalter office, or someone else. */
export const APPLICANT_KINDS = ['unit', 'statsforvalter', 'external'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export type ApplicationStatus = 'pending' | 'approved' | 'rejected';

/**
 * The application form. A Statsforvalter employee picks one of the kommuner of their county, so the
 * application reaches their own office (the user guide's way to avoid keeping a list of offices).
 */
export const accessApplicationRequestSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('unit'),
      unitId: z
        .string()
        .regex(UNIT_ID, 'unitId is a kommune (4 digits) or bydel (6 digits)'),
    }),
    z.object({
      kind: z.literal('statsforvalter'),
      unitId: z
        .string()
        .regex(/^\d{4}$/, 'unitId is one of the kommuner of your county'),
    }),
    z.object({
      kind: z.literal('external'),
      organisation: z
        .string()
        .trim()
        .min(2, 'organisation: name the organisation you represent')
        .max(200, 'organisation has at most 200 characters'),
    }),
  ],
  { error: 'kind is unit, statsforvalter or external' },
);
export type AccessApplicationRequest = z.infer<
  typeof accessApplicationRequestSchema
>;

/** What the reference data says of the unit an application names. */
export interface UnitInfo {
  unitId: string;
  unitName: string;
  officeId: string;
  officeName: string;
  countyId: string;
}

/** Where an application goes and what it grants when approved. */
export interface Routing {
  represents: string;
  approverGroup: string;
  officeId: string | null;
  officeName: string | null;
  unitId: string | null;
  grant: Grant;
}

/**
 * Kommune and bydel applicants are approved by the Statsforvalter office of their unit and read that
 * unit; Statsforvalter employees by their own office, and read their county; everyone else by
 * Bufdir, and read the whole country (Bufdir decides who that is fit for).
 */
export function routingOf(
  request: AccessApplicationRequest,
  unit: UnitInfo | null,
): Routing {
  if (request.kind === 'external')
    return {
      represents: request.organisation,
      approverGroup: 'bufdir',
      officeId: null,
      officeName: null,
      unitId: null,
      grant: { role: Role.PUBLICATION_READER, scope: { type: 'national' } },
    };
  if (!unit) throw new Error('a unit application needs the unit');
  const office = {
    approverGroup: `statsforvalter:${unit.officeId}`,
    officeId: unit.officeId,
    officeName: unit.officeName,
    unitId: unit.unitId,
  };
  return request.kind === 'unit'
    ? {
        ...office,
        represents: unit.unitName,
        grant: {
          role: Role.PUBLICATION_READER,
          scope: { type: 'unit', id: unit.unitId },
        },
      }
    : {
        ...office,
        represents: unit.officeName,
        grant: {
          role: Role.PUBLICATION_READER,
          scope: { type: 'county', id: unit.countyId },
        },
      };
}

/** The BPMN process an application starts (`bpmn/tilgangssoknad.bpmn`). */
export const TILGANGSSOKNAD_PROCESS = 'tilgangssoknad';

export interface ApplicationForCommand {
  id: string;
  userId: string;
  applicantName: string;
  kind: ApplicantKind;
  represents: string;
  approverGroup: string;
  officeId: string | null;
  officeName: string | null;
  unitId: string | null;
  submittedAt: Date;
}

/** Ids and names only: the decision task shows who applied, for what and when. */
export function startCommandOf(
  application: ApplicationForCommand,
): WorkflowCommand {
  return {
    command: 'start',
    commandId: `access-application-${application.id}`,
    definitionKey: TILGANGSSOKNAD_PROCESS,
    businessKey: `tilgangssoknad-${application.id}`,
    requestedBy: application.userId,
    variables: {
      applicationId: application.id,
      applicantName: application.applicantName,
      applicantKind: application.kind,
      approverGroup: application.approverGroup,
      reference: `Tilgangssøknad: ${application.applicantName}`,
      reportingUnitId: application.unitId,
      reportingUnitName: application.represents,
      responsibleOfficeId: application.officeId,
      responsibleOfficeName: application.officeName ?? 'Bufdir',
      submittedAt: application.submittedAt.toISOString(),
    },
  };
}
