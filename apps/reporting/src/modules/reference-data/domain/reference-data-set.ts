/** One complete, validated set of reference data: exactly what one version holds. */
export interface ReferenceDataSet {
  offices: StatsforvalterOfficeEntry[];
  fylker: FylkeEntry[];
  kommuner: KommuneEntry[];
  bydeler: BydelEntry[];
}

export interface StatsforvalterOfficeEntry {
  /** Stable slug, e.g. `sf-oslo-viken`. */
  id: string;
  name: string;
}

export interface FylkeEntry {
  /** Two digits, e.g. `03`. */
  number: string;
  name: string;
  officeId: string;
}

export interface KommuneEntry {
  /** Four digits; the first two are the fylke number, e.g. `0301`. */
  number: string;
  name: string;
  fylkeNumber: string;
}

export interface BydelEntry {
  /** Six digits: the kommune number and two more, e.g. `030101`. */
  number: string;
  name: string;
  kommuneNumber: string;
}
