import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BydelInput,
  ConcernServiceView,
  ConcernSetupInput,
  SvarInnIntegrationDetails,
} from '@bvr/contracts';
import { firstValueFrom } from 'rxjs';
import {
  type CaseworkerGrant,
  caseworkerGrantRequest,
  isNotSetUp,
  isServiceView,
  type KommuneReference,
  toCaseworkerGrants,
  toKommuneReference,
} from './concern-admin-rules';
import type { CertificateInfo } from './setup-wizard-rules';

const SERVICE = '/api/bekymringsmelding/kommuner';
const REFERENCE_DATA = '/api/reporting/reference-data/kommuner';
const GRANTS = '/api/identity/grants';

/** The service of one kommune: set up, or not yet. */
export type ServiceState =
  | { readonly setUp: true; readonly view: ConcernServiceView }
  | { readonly setUp: false };

export interface SetupResult {
  readonly service: ConcernServiceView;
  readonly integrasjon: SvarInnIntegrationDetails | null;
}

function view(body: unknown): ConcernServiceView {
  if (!isServiceView(body))
    throw new Error(
      'the service answered with something that is not a service',
    );
  return body;
}

/** The set-up and administration of «Nasjonal portal for bekymringsmelding» for a kommune. */
@Injectable({ providedIn: 'root' })
export class ConcernAdminApi {
  private readonly http = inject(HttpClient);

  private url(kommunenummer: string, rest = ''): string {
    return `${SERVICE}/${encodeURIComponent(kommunenummer)}${rest}`;
  }

  async kommune(kommunenummer: string): Promise<KommuneReference | null> {
    const body = await firstValueFrom(
      this.http.get<unknown>(
        `${REFERENCE_DATA}/${encodeURIComponent(kommunenummer)}`,
      ),
    );
    return toKommuneReference(body);
  }

  async service(kommunenummer: string): Promise<ServiceState> {
    try {
      const body = await firstValueFrom(
        this.http.get<unknown>(this.url(kommunenummer, '/tjeneste')),
      );
      return { setUp: true, view: view(body) };
    } catch (error) {
      if (
        error instanceof HttpErrorResponse &&
        isNotSetUp(error.status, error.error)
      )
        return { setUp: false };
      throw error;
    }
  }

  /** 200 with what the key says, or 422 `{ message }` when it is not a usable key. */
  checkCertificate(
    kommunenummer: string,
    sertifikat: string,
  ): Promise<CertificateInfo> {
    return firstValueFrom(
      this.http.post<CertificateInfo>(
        this.url(kommunenummer, '/tjeneste/sertifikat'),
        {
          sertifikat,
        },
      ),
    );
  }

  async setUp(
    kommunenummer: string,
    input: ConcernSetupInput,
  ): Promise<SetupResult> {
    const body = await firstValueFrom(
      this.http.put<{
        service: unknown;
        integrasjon?: SvarInnIntegrationDetails | null;
      }>(this.url(kommunenummer, '/tjeneste'), input),
    );
    return {
      service: view(body.service),
      integrasjon: body.integrasjon ?? null,
    };
  }

  async addBydel(
    kommunenummer: string,
    input: BydelInput,
  ): Promise<ConcernServiceView> {
    return view(
      await firstValueFrom(
        this.http.post<unknown>(this.url(kommunenummer, '/bydeler'), input),
      ),
    );
  }

  async setDefaultBydel(
    kommunenummer: string,
    bydelsnummer: string,
  ): Promise<ConcernServiceView> {
    return view(
      await firstValueFrom(
        this.http.put<unknown>(this.url(kommunenummer, '/standardmottaker'), {
          bydelsnummer,
        }),
      ),
    );
  }

  async caseworkers(unitId: string): Promise<CaseworkerGrant[]> {
    const body = await firstValueFrom(
      this.http.get<unknown>(GRANTS, {
        params: { role: 'concern-caseworker', unitId },
      }),
    );
    return toCaseworkerGrants(body);
  }

  async addCaseworker(
    pid: string,
    name: string,
    unitId: string,
  ): Promise<void> {
    await firstValueFrom(
      this.http.post<unknown>(
        GRANTS,
        caseworkerGrantRequest(pid, name, unitId),
      ),
    );
  }

  async removeGrant(id: string): Promise<void> {
    await firstValueFrom(
      this.http.delete<unknown>(`${GRANTS}/${encodeURIComponent(id)}`),
    );
  }
}
