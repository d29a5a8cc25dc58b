import type {
  ConcernRecipientOption,
  ConcernServiceView,
  ReceivingUnitDetails,
} from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface ServiceRow {
  kommunenummer: string;
  kommunenavn: string;
  mottak: 'manuell' | 'svarinn';
  har_bydeler: boolean;
  svarinn_orgnr: string | null;
  svarinn_url: string | null;
  svarinn_certificate: string | null;
  integration_id: string | null;
  integration_secret: Buffer | null;
  taken_into_use_at: Date;
}

export interface UnitRow {
  kommunenummer: string;
  bydelsnummer: string;
  bydelsnavn: string;
  standard_mottaker: boolean;
  details: ReceivingUnitDetails;
}

export type CertificateSummary = NonNullable<
  ConcernServiceView['svarinn']
>['sertifikat'];

/** A kommune's set-up and its receiving units; the only writer of those tables. */
@Injectable()
export class ReceivingUnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async service(
    kommunenummer: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ServiceRow | null> {
    const rows = (await manager.query(
      `SELECT * FROM bekymringsmelding.concern_service WHERE kommunenummer = $1`,
      [kommunenummer],
    )) as ServiceRow[];
    return rows[0] ?? null;
  }

  async units(
    kommunenummer: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UnitRow[]> {
    return (await manager.query(
      `SELECT kommunenummer, bydelsnummer, bydelsnavn, standard_mottaker, details
         FROM bekymringsmelding.receiving_unit WHERE kommunenummer = $1 ORDER BY bydelsnummer`,
      [kommunenummer],
    )) as UnitRow[];
  }

  /** Inserts the service; `false` when the kommune has one already. */
  async insertService(
    manager: EntityManager,
    row: Omit<ServiceRow, 'taken_into_use_at'> & {
      taken_into_use_at: Date;
      taken_into_use_by: string;
    },
  ): Promise<boolean> {
    const inserted = (await manager.query(
      `INSERT INTO bekymringsmelding.concern_service (kommunenummer, kommunenavn, mottak, har_bydeler,
          svarinn_orgnr, svarinn_url, svarinn_certificate, integration_id, integration_secret,
          taken_into_use_at, taken_into_use_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (kommunenummer) DO NOTHING RETURNING kommunenummer`,
      [
        row.kommunenummer,
        row.kommunenavn,
        row.mottak,
        row.har_bydeler,
        row.svarinn_orgnr,
        row.svarinn_url,
        row.svarinn_certificate,
        row.integration_id,
        row.integration_secret,
        row.taken_into_use_at,
        row.taken_into_use_by,
      ],
    )) as unknown[];
    return inserted.length === 1;
  }

  /** Inserts a receiving unit; `false` when the number is taken. */
  async insertUnit(
    manager: EntityManager,
    unit: UnitRow,
    at: Date,
  ): Promise<boolean> {
    const inserted = (await manager.query(
      `INSERT INTO bekymringsmelding.receiving_unit
         (kommunenummer, bydelsnummer, bydelsnavn, standard_mottaker, details, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (kommunenummer, bydelsnummer) DO NOTHING RETURNING bydelsnummer`,
      [
        unit.kommunenummer,
        unit.bydelsnummer,
        unit.bydelsnavn,
        unit.standard_mottaker,
        JSON.stringify(unit.details),
        at,
      ],
    )) as unknown[];
    return inserted.length === 1;
  }

  /** Makes one bydel the default recipient; `false` when the kommune has no such bydel. */
  async setDefault(
    manager: EntityManager,
    kommunenummer: string,
    bydelsnummer: string,
  ): Promise<boolean> {
    const exists = (await manager.query(
      `SELECT 1 FROM bekymringsmelding.receiving_unit WHERE kommunenummer = $1 AND bydelsnummer = $2 FOR UPDATE`,
      [kommunenummer, bydelsnummer],
    )) as unknown[];
    if (!exists.length) return false;
    await manager.query(
      `UPDATE bekymringsmelding.receiving_unit SET standard_mottaker = false
        WHERE kommunenummer = $1 AND standard_mottaker`,
      [kommunenummer],
    );
    await manager.query(
      `UPDATE bekymringsmelding.receiving_unit SET standard_mottaker = true
        WHERE kommunenummer = $1 AND bydelsnummer = $2`,
      [kommunenummer, bydelsnummer],
    );
    return true;
  }

  /** Every kommune in use with its bydeler, for the public form. */
  async recipients(): Promise<ConcernRecipientOption[]> {
    const rows = (await this.dataSource.query(
      `SELECT s.kommunenummer, s.kommunenavn,
              json_agg(json_build_object('bydelsnummer', u.bydelsnummer, 'bydelsnavn', u.bydelsnavn,
                'standardMottaker', u.standard_mottaker) ORDER BY u.bydelsnavn) AS bydeler
         FROM bekymringsmelding.concern_service s
         JOIN bekymringsmelding.receiving_unit u USING (kommunenummer)
        GROUP BY s.kommunenummer, s.kommunenavn
        ORDER BY s.kommunenavn`,
    )) as ConcernRecipientOption[];
    return rows;
  }
}

export function serviceView(
  service: ServiceRow,
  units: UnitRow[],
  certificate: CertificateSummary | null,
): ConcernServiceView {
  return {
    kommunenummer: service.kommunenummer,
    kommunenavn: service.kommunenavn,
    mottak: service.mottak,
    harBydeler: service.har_bydeler,
    svarinn:
      service.mottak === 'svarinn' && certificate
        ? {
            orgnr: service.svarinn_orgnr ?? '',
            mottaksadresse: service.svarinn_url ?? '',
            sertifikat: certificate,
          }
        : null,
    bydeler: units.map((unit) => ({
      ...unit.details,
      bydelsnummer: unit.bydelsnummer,
      bydelsnavn: unit.bydelsnavn,
      standardMottaker: unit.standard_mottaker,
    })),
    takenIntoUseAt: service.taken_into_use_at.toISOString(),
  };
}
