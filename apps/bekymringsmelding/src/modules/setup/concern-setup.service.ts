import type {
  BydelInput,
  ConcernServiceView,
  ConcernSetupInput,
  SvarInnIntegrationDetails,
} from '@bvr/contracts';
import { Clock } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID, X509Certificate } from 'node:crypto';
import { KommuneKeys } from '../encryption/kommune-keys';
import { KommuneDirectory } from '../reference-data/kommune-directory';
import {
  type CertificateInfo,
  InvalidCertificateError,
  readCertificate,
} from '../svarinn/certificate';
import {
  type CertificateSummary,
  ReceivingUnitsRepository,
  serviceView,
  type ServiceRow,
} from './receiving-units.repository';
import {
  AlreadySetUpError,
  CertificateRejectedError,
  NotSetUpError,
  SetupConflictError,
  UnknownKommuneError,
} from './setup.errors';

/** The bydel number of a kommune without bydeler: the kommune itself receives. */
export const WHOLE_KOMMUNE = '00';

/** The set-up wizard's result, bydeler added afterwards, and the default recipient. */
@Injectable()
export class ConcernSetup {
  constructor(
    private readonly repository: ReceivingUnitsRepository,
    private readonly kommuner: KommuneDirectory,
    private readonly keys: KommuneKeys,
    private readonly clock: Clock,
  ) {}

  async view(kommunenummer: string): Promise<ConcernServiceView> {
    const service = await this.repository.service(kommunenummer);
    if (!service)
      throw new NotSetUpError(
        `Kommune ${kommunenummer} har ikke tatt i bruk tjenesten ennå.`,
      );
    return serviceView(
      service,
      await this.repository.units(kommunenummer),
      this.certificateSummary(service),
    );
  }

  /** The wizard's check of an uploaded public key, before «Gå videre». */
  checkCertificate(pem: string): CertificateSummary {
    const info = this.certificate(pem);
    return {
      subject: info.subject,
      gyldigTil: info.gyldigTil,
      fingeravtrykk: info.fingeravtrykk,
    };
  }

  async takeIntoUse(
    kommunenummer: string,
    input: ConcernSetupInput,
    actor: string,
  ): Promise<{
    service: ConcernServiceView;
    integrasjon: SvarInnIntegrationDetails | null;
  }> {
    const kommune = await this.kommuner.find(kommunenummer);
    if (!kommune)
      throw new UnknownKommuneError(
        `Det finnes ingen kommune med nummer ${kommunenummer}.`,
      );
    const certificate =
      input.mottak === 'svarinn' && input.svarinn
        ? this.certificate(input.svarinn.sertifikat)
        : null;
    const now = this.clock.now();
    const secret =
      input.mottak === 'svarinn' ? randomBytes(24).toString('base64url') : null;
    const integrationId = secret ? randomUUID() : null;
    await this.repository.transaction(async (manager) => {
      const inserted = await this.repository.insertService(manager, {
        kommunenummer,
        kommunenavn: kommune.kommunenavn,
        mottak: input.mottak,
        har_bydeler: input.harBydeler,
        svarinn_orgnr: input.svarinn?.orgnr ?? null,
        svarinn_url: input.svarinn?.mottaksadresse ?? null,
        svarinn_certificate: certificate?.pem ?? null,
        integration_id: integrationId,
        integration_secret: secret
          ? await this.keys.encrypt(
              kommunenummer,
              Buffer.from(secret),
              'svarinn-secret',
              manager,
            )
          : null,
        taken_into_use_at: now,
        taken_into_use_by: actor,
      });
      if (!inserted)
        throw new AlreadySetUpError(
          `${kommune.kommunenavn} har allerede tatt i bruk tjenesten. Last inn siden for å se oppsettet.`,
        );
      const unit =
        input.harBydeler && input.standardBydel
          ? input.standardBydel
          : { bydelsnummer: WHOLE_KOMMUNE, bydelsnavn: kommune.kommunenavn };
      await this.repository.insertUnit(
        manager,
        {
          kommunenummer,
          ...unit,
          standard_mottaker: true,
          details: {
            mottakeradresse: input.mottakeradresse,
            kontakt: input.kontakt,
            varselEposter: input.varselEposter,
          },
        },
        now,
      );
    });
    return {
      service: await this.view(kommunenummer),
      integrasjon:
        secret && integrationId
          ? { integrasjonsId: integrationId, integrasjonsPassord: secret }
          : null,
    };
  }

  /** «Opprett bydel». */
  async addBydel(
    kommunenummer: string,
    input: BydelInput,
  ): Promise<ConcernServiceView> {
    await this.repository.transaction(async (manager) => {
      const service = await this.existing(kommunenummer, manager);
      if (!service.har_bydeler)
        throw new SetupConflictError(
          `${service.kommunenavn} er satt opp uten bydeler. Meldinger går til kommunen.`,
        );
      const { bydelsnummer, bydelsnavn, ...details } = input;
      const inserted = await this.repository.insertUnit(
        manager,
        {
          kommunenummer,
          bydelsnummer,
          bydelsnavn,
          standard_mottaker: false,
          details,
        },
        this.clock.now(),
      );
      if (!inserted)
        throw new SetupConflictError(
          `Det finnes allerede en bydel med nummer ${bydelsnummer} i ${service.kommunenavn}.`,
        );
    });
    return this.view(kommunenummer);
  }

  /** Makes another bydel the one that receives when the sender does not choose. */
  async changeDefault(
    kommunenummer: string,
    bydelsnummer: string,
  ): Promise<ConcernServiceView> {
    await this.repository.transaction(async (manager) => {
      const service = await this.existing(kommunenummer, manager);
      if (
        !(await this.repository.setDefault(
          manager,
          kommunenummer,
          bydelsnummer,
        ))
      )
        throw new UnknownKommuneError(
          `${service.kommunenavn} har ingen bydel med nummer ${bydelsnummer}.`,
        );
    });
    return this.view(kommunenummer);
  }

  private async existing(
    kommunenummer: string,
    manager: Parameters<ReceivingUnitsRepository['service']>[1],
  ): Promise<ServiceRow> {
    const service = await this.repository.service(kommunenummer, manager);
    if (!service)
      throw new NotSetUpError(
        `Kommune ${kommunenummer} har ikke tatt i bruk tjenesten ennå. Fullfør veiviseren først.`,
      );
    return service;
  }

  private certificate(pem: string): CertificateInfo {
    try {
      return readCertificate(pem, this.clock.now());
    } catch (error) {
      if (error instanceof InvalidCertificateError)
        throw new CertificateRejectedError(error.message, {
          details: [{ path: 'svarinn.sertifikat', message: error.message }],
        });
      throw error;
    }
  }

  private certificateSummary(service: ServiceRow): CertificateSummary | null {
    if (!service.svarinn_certificate) return null;
    try {
      return this.checkCertificateAt(service.svarinn_certificate);
    } catch {
      return null;
    }
  }

  /** A stored certificate is shown even after it expired, so the admin sees why deliveries fail. */
  private checkCertificateAt(pem: string): CertificateSummary {
    const certificate = new X509Certificate(pem);
    return {
      subject: certificate.subject.replace(/\n/g, ', '),
      gyldigTil: new Date(certificate.validTo).toISOString(),
      fingeravtrykk: certificate.fingerprint256,
    };
  }
}
