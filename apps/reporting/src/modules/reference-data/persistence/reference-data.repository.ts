import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Bydel } from './bydel.orm-entity';
import { Fylke } from './fylke.orm-entity';
import { Kommune } from './kommune.orm-entity';
import { ReportingUnit } from './reporting-unit.orm-entity';
import { StatsforvalterOffice } from './statsforvalter-office.orm-entity';

export interface FylkeRow {
  number: string;
  name: string;
  officeId: string;
  officeName: string;
  kommuneCount: number;
}

export interface KommuneRow {
  number: string;
  name: string;
  fylkeNumber: string;
}

export interface KommuneDetailRow extends KommuneRow {
  fylkeName: string;
  officeId: string;
  officeName: string;
}

export interface ReportingUnitRow {
  number: string;
  name: string;
  kind: 'kommune' | 'bydel';
  kommuneNumber: string;
  officeId: string;
  officeName: string;
}

export interface KommuneFilter {
  fylke?: string;
  /** Part of the name (any case), or the start of the number. */
  q?: string;
}

/** Reads of one reference data version; every method takes the version that answers the caller's date. */
@Injectable()
export class ReferenceDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  fylker(versionId: number): Promise<FylkeRow[]> {
    return this.dataSource
      .createQueryBuilder(Fylke, 'f')
      .innerJoin(
        StatsforvalterOffice,
        'o',
        'o.versionId = f.versionId AND o.id = f.officeId',
      )
      .leftJoin(
        Kommune,
        'k',
        'k.versionId = f.versionId AND k.fylkeNumber = f.number',
      )
      .select('f.number', 'number')
      .addSelect('f.name', 'name')
      .addSelect('o.id', 'officeId')
      .addSelect('o.name', 'officeName')
      .addSelect('count(k.number)::int', 'kommuneCount')
      .where('f.versionId = :versionId', { versionId })
      .groupBy('f.number, f.name, o.id, o.name')
      .orderBy('f.number')
      .getRawMany<FylkeRow>();
  }

  fylke(versionId: number, number: string): Promise<Fylke | null> {
    return this.dataSource
      .getRepository(Fylke)
      .findOneBy({ versionId, number });
  }

  offices(versionId: number): Promise<StatsforvalterOffice[]> {
    return this.dataSource
      .getRepository(StatsforvalterOffice)
      .find({ where: { versionId }, order: { name: 'ASC' } });
  }

  office(versionId: number, id: string): Promise<StatsforvalterOffice | null> {
    return this.dataSource
      .getRepository(StatsforvalterOffice)
      .findOneBy({ versionId, id });
  }

  kommuner(
    versionId: number,
    filter: KommuneFilter & { officeId?: string } = {},
  ): Promise<KommuneRow[]> {
    const query = this.dataSource
      .createQueryBuilder(Kommune, 'k')
      .select('k.number', 'number')
      .addSelect('k.name', 'name')
      .addSelect('k.fylkeNumber', 'fylkeNumber')
      .where('k.versionId = :versionId', { versionId })
      .orderBy('k.number');
    if (filter.fylke)
      query.andWhere('k.fylkeNumber = :fylke', { fylke: filter.fylke });
    if (filter.officeId)
      query
        .innerJoin(
          Fylke,
          'f',
          'f.versionId = k.versionId AND f.number = k.fylkeNumber',
        )
        .andWhere('f.officeId = :officeId', { officeId: filter.officeId });
    if (filter.q)
      query.andWhere(
        "(k.name ILIKE :contains ESCAPE '\\' OR k.number LIKE :prefix ESCAPE '\\')",
        {
          contains: `%${escapeLike(filter.q)}%`,
          prefix: `${escapeLike(filter.q)}%`,
        },
      );
    return query.getRawMany<KommuneRow>();
  }

  kommune(
    versionId: number,
    number: string,
  ): Promise<KommuneDetailRow | undefined> {
    return this.dataSource
      .createQueryBuilder(Kommune, 'k')
      .innerJoin(
        Fylke,
        'f',
        'f.versionId = k.versionId AND f.number = k.fylkeNumber',
      )
      .innerJoin(
        StatsforvalterOffice,
        'o',
        'o.versionId = f.versionId AND o.id = f.officeId',
      )
      .select('k.number', 'number')
      .addSelect('k.name', 'name')
      .addSelect('k.fylkeNumber', 'fylkeNumber')
      .addSelect('f.name', 'fylkeName')
      .addSelect('o.id', 'officeId')
      .addSelect('o.name', 'officeName')
      .where('k.versionId = :versionId AND k.number = :number', {
        versionId,
        number,
      })
      .getRawOne<KommuneDetailRow>();
  }

  bydeler(versionId: number, kommuneNumber: string): Promise<Bydel[]> {
    return this.dataSource
      .getRepository(Bydel)
      .find({ where: { versionId, kommuneNumber }, order: { number: 'ASC' } });
  }

  /**
   * The office that controls a kommune (4 digits) or a bydel (6 digits) through the kommune's fylke;
   * `null` when this version does not know the unit (a bydel must be listed, not just start with a kommune number).
   */
  async officeOfUnit(
    versionId: number,
    unitId: string,
  ): Promise<string | null> {
    const query = this.dataSource
      .createQueryBuilder(Kommune, 'k')
      .innerJoin(
        Fylke,
        'f',
        'f.versionId = k.versionId AND f.number = k.fylkeNumber',
      )
      .select('f.officeId', 'officeId')
      .where('k.versionId = :versionId AND k.number = :kommuneNumber', {
        versionId,
        kommuneNumber: unitId.slice(0, 4),
      });
    if (unitId.length === 6)
      query.innerJoin(
        Bydel,
        'b',
        'b.versionId = k.versionId AND b.kommuneNumber = k.number AND b.number = :unitId',
        { unitId },
      );
    const row = await query.getRawOne<{ officeId: string }>();
    return row?.officeId ?? null;
  }

  /** A unit that reports (a kommune without bydeler, or a bydel), with its office's name; `undefined` otherwise. */
  reportingUnit(
    versionId: number,
    number: string,
  ): Promise<ReportingUnitRow | undefined> {
    return this.dataSource
      .createQueryBuilder(ReportingUnit, 'u')
      .innerJoin(
        StatsforvalterOffice,
        'o',
        'o.versionId = u.versionId AND o.id = u.officeId',
      )
      .select('u.number', 'number')
      .addSelect('u.name', 'name')
      .addSelect('u.kind', 'kind')
      .addSelect('u.kommuneNumber', 'kommuneNumber')
      .addSelect('o.id', 'officeId')
      .addSelect('o.name', 'officeName')
      .where('u.versionId = :versionId AND u.number = :number', {
        versionId,
        number,
      })
      .getRawOne<ReportingUnitRow>();
  }

  reportingUnits(
    versionId: number,
    officeId?: string,
  ): Promise<ReportingUnit[]> {
    return this.dataSource.getRepository(ReportingUnit).find({
      where: { versionId, ...(officeId && { officeId }) },
      order: { number: 'ASC' },
    });
  }
}

/** `q` is matched literally: `%`, `_` and `\` in it are not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
