import { DomainError } from '@bvr/service-kit';
import { ErrorCode } from '@bvr/contracts';

export interface KommuneInfo {
  kommunenummer: string;
  kommunenavn: string;
  /** The reference data's bydeler: six-digit numbers. */
  bydeler: Array<{ number: string; name: string }>;
}

export class ReferenceDataUnavailableError extends DomainError {
  readonly code = ErrorCode.UPSTREAM_UNAVAILABLE;
}

/** Kommuner by number, from the reporting service's reference data; `null` for no such kommune. */
export abstract class KommuneDirectory {
  abstract find(kommunenummer: string): Promise<KommuneInfo | null>;
}

interface KommuneAnswer {
  kommune: {
    number: string;
    name: string;
    bydeler: Array<{ number: string; name: string }>;
  };
}

export class ReportingKommuneDirectory extends KommuneDirectory {
  constructor(private readonly reportingUrl: string) {
    super();
  }

  async find(kommunenummer: string): Promise<KommuneInfo | null> {
    const url = new URL(
      `reference-data/kommuner/${encodeURIComponent(kommunenummer)}`,
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
    return {
      kommunenummer: kommune.number,
      kommunenavn: kommune.name,
      bydeler: kommune.bydeler,
    };
  }
}

const unavailable = () =>
  new ReferenceDataUnavailableError(
    'Listen over kommuner kan ikke leses akkurat nå. Prøv igjen om litt; ingenting er lagret.',
  );
