import { ReferenceDataUnavailableError } from '../domain/access-application.errors';
import type { UnitInfo } from '../domain/access-application';

/** Looks a kommune or bydel up in the reference data; `null` when there is no such unit. */
export abstract class UnitReference {
  abstract find(unitId: string): Promise<UnitInfo | null>;
}

interface KommuneAnswer {
  kommune: {
    number: string;
    name: string;
    fylke: { number: string };
    office: { id: string; name: string };
    bydeler: Array<{ number: string; name: string }>;
  };
}

/** The reporting service owns the reference data; its reads are public. */
export class ReportingUnitReference extends UnitReference {
  constructor(private readonly reportingUrl: string) {
    super();
  }

  async find(unitId: string): Promise<UnitInfo | null> {
    const url = new URL(
      `reference-data/kommuner/${unitId.slice(0, 4)}`,
      `${this.reportingUrl.replace(/\/+$/, '')}/`,
    );
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    } catch {
      throw unavailable();
    }
    if (response.status === 404) return null;
    if (!response.ok) throw unavailable();
    const { kommune } = (await response.json()) as KommuneAnswer;
    const bydel =
      unitId.length === 6
        ? kommune.bydeler.find((b) => b.number === unitId)
        : null;
    if (unitId.length === 6 && !bydel) return null;
    return {
      unitId,
      unitName: bydel ? `${bydel.name} (${kommune.name})` : kommune.name,
      officeId: kommune.office.id,
      officeName: kommune.office.name,
      countyId: kommune.fylke.number,
    };
  }
}

const unavailable = () =>
  new ReferenceDataUnavailableError(
    'The reference data (kommuner and bydeler) cannot be read right now; try again in a moment',
  );
