import { ForbiddenError, type Principal } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { ReferenceDataUnitDirectory } from '../../reference-data/queries/office-of-unit/reference-data-unit-directory';

/**
 * Who reads a unit's report: its reporters (a kommune grant covers its bydeler) and its case system,
 * the caseworkers of the Statsforvalter office that controls it, Bufdir and platform admins.
 */
export const REPORT_READERS = [
  Role.UNIT_REPORTER,
  Role.MACHINE_REPORTER,
  Role.STATSFORVALTER_CASEWORKER,
  Role.BUFDIR,
  Role.PLATFORM_ADMIN,
];
/** Who fills in and submits it: the unit itself, in the form or by machine. */
export const REPORT_WRITERS = [Role.UNIT_REPORTER, Role.MACHINE_REPORTER];
/** Who sees the overview of a period: the Statsforvalter (its own office's units), Bufdir, admins. */
export const OVERVIEW_READERS = [
  Role.STATSFORVALTER_CASEWORKER,
  Role.BUFDIR,
  Role.PLATFORM_ADMIN,
];

/**
 * The checks `@RequireUnitScope` makes, for routes that name a report instead of a unit: the handler
 * loads the report and asks here about its unit.
 */
@Injectable()
export class ReportAccess {
  constructor(private readonly directory: ReferenceDataUnitDirectory) {}

  async assertCanRead(principal: Principal, unitId: string): Promise<void> {
    if (principal.covers(REPORT_READERS, { unitId })) return;
    const officeId = await this.directory.officeOf(unitId);
    if (officeId && principal.covers(REPORT_READERS, { unitId, officeId }))
      return;
    throw new ForbiddenError(`You have no access to unit ${unitId}`);
  }

  /**
   * The offices whose units the caller may list: `all` for national roles, else the offices of their
   * caseworker grants. A requested office outside them is refused.
   */
  overviewOffices(principal: Principal, requested?: string): 'all' | string[] {
    if (
      principal
        .grantsOf(...OVERVIEW_READERS)
        .some((grant) => grant.scope.type === 'national')
    )
      return requested ? [requested] : 'all';
    const own = principal
      .grantsOf(Role.STATSFORVALTER_CASEWORKER)
      .flatMap((grant) =>
        grant.scope.type === 'office' ? [grant.scope.id] : [],
      );
    if (!requested) return own;
    if (own.includes(requested)) return [requested];
    throw new ForbiddenError(`You have no access to office ${requested}`);
  }
}
