import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type ApplicationRequest,
  mergeOptions,
  type MyApplication,
  toMyApplications,
  type UnitOption,
  unitOptions,
} from './access-application-rules';

/** The identity service, through the gateway (same origin, the session's access token). */
const APPLICATIONS_URL = '/api/identity/access-applications';
/** Public reference data of the reporting service. */
const REFERENCE_DATA = '/api/reporting/reference-data';

/** The choices of the application form. */
export interface UnitChoices {
  /** Kommuner and bydeler: «Kommune eller bydel». */
  readonly units: readonly UnitOption[];
  /** Kommuner only: «Velg en av kommunene i fylket ditt». */
  readonly kommuner: readonly UnitOption[];
}

@Injectable({ providedIn: 'root' })
export class AccessApplicationApi {
  private readonly http = inject(HttpClient);

  async mine(): Promise<MyApplication[]> {
    const url = `${APPLICATIONS_URL}/mine`;
    return toMyApplications(await firstValueFrom(this.http.get<unknown>(url)));
  }

  async submit(request: ApplicationRequest): Promise<MyApplication> {
    const body = await firstValueFrom(
      this.http.post<unknown>(APPLICATIONS_URL, request),
    );
    const [created] = toMyApplications([body]);
    if (!created)
      throw new Error(
        'the identity service answered with something that is not an application',
      );
    return created;
  }

  async choices(): Promise<UnitChoices> {
    const [units, kommuner] = await Promise.all([
      firstValueFrom(
        this.http.get<unknown>(`${REFERENCE_DATA}/reporting-units`),
      ),
      firstValueFrom(this.http.get<unknown>(`${REFERENCE_DATA}/kommuner`)),
    ]);
    const kommuneOptions = mergeOptions(unitOptions(kommuner));
    return {
      units: mergeOptions(unitOptions(units), kommuneOptions),
      kommuner: kommuneOptions,
    };
  }
}
