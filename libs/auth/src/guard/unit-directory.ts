/** Tells which Statsforvalter office controls a unit, for scope checks of office grants. */
export interface UnitDirectory {
  officeOf(unitId: string): Promise<string | null>;
}

/** Provide this token in a service that knows the offices (reporting); without it, office grants cover only units the handler resolves itself. */
export const UNIT_DIRECTORY = Symbol('UNIT_DIRECTORY');
