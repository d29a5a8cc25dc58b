import type { Grant, Role } from '@bvr/contracts';

/** A unit as seen by a scope check: a kommune or bydel, and the Statsforvalter office that controls it when known. */
export interface UnitRef {
  unitId: string;
  officeId?: string | null;
}

/** Who is calling: a person logged in through ID-porten, or a machine client (fagsystem). */
export class Principal {
  constructor(
    readonly id: string,
    readonly kind: 'person' | 'machine',
    readonly name: string | null,
    readonly grants: readonly Grant[],
    /** The organisation number of a machine client. */
    readonly organisation: string | null = null,
  ) {}

  has(...roles: Role[]): boolean {
    return this.grants.some((grant) => roles.includes(grant.role));
  }

  grantsOf(...roles: Role[]): Grant[] {
    return this.grants.filter((grant) => roles.includes(grant.role));
  }

  /**
   * Whether one of `roles` is held for this unit: granted for the unit itself, for the kommune of a
   * bydel, for its Statsforvalter office, for its county (the first two digits of a kommunenummer), or nationally.
   */
  covers(roles: readonly Role[], unit: UnitRef): boolean {
    return this.grants.some(
      (grant) => roles.includes(grant.role) && scopeCovers(grant, unit),
    );
  }
}

function scopeCovers({ scope }: Grant, unit: UnitRef): boolean {
  switch (scope.type) {
    case 'national':
      return true;
    case 'unit':
      return (
        unit.unitId === scope.id ||
        (scope.id.length === 4 &&
          unit.unitId.length === 6 &&
          unit.unitId.startsWith(scope.id))
      );
    case 'county':
      return unit.unitId.slice(0, 2) === scope.id;
    case 'office':
      return unit.officeId === scope.id;
  }
}
