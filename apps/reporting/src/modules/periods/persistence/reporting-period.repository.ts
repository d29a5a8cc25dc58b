import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PeriodExistsError } from '../domain/period.errors';
import type { Half, PeriodTerms } from '../domain/reporting-period';
import { ReportingPeriod } from './reporting-period.orm-entity';

/** Named in the migration; a violation of it is a second period for the same half-year. */
const YEAR_HALF_UNIQUE = 'reporting_period_year_half_key';

@Injectable()
export class ReportingPeriodRepository {
  constructor(
    @InjectRepository(ReportingPeriod)
    private readonly periods: Repository<ReportingPeriod>,
  ) {}

  newestFirst(): Promise<ReportingPeriod[]> {
    return this.periods.find({ order: { year: 'DESC', half: 'DESC' } });
  }

  byId(id: number): Promise<ReportingPeriod | null> {
    return this.periods.findOneBy({ id });
  }

  /** Adds a period; one for the same half-year is a `PeriodExistsError` (the unique key decides, so two racing requests cannot both win). */
  async insert(terms: PeriodTerms, by: string): Promise<ReportingPeriod> {
    const inserted = await this.uniquely(terms, () =>
      this.periods.insert({ ...terms, createdBy: by, updatedBy: by }),
    );
    return this.periods.findOneByOrFail({
      id: (inserted.identifiers[0] as { id: number }).id,
    });
  }

  /** Replaces a period's terms; `null` when there is no period `id`. */
  async update(
    id: number,
    terms: PeriodTerms,
    by: string,
  ): Promise<ReportingPeriod | null> {
    const result = await this.uniquely(terms, () =>
      this.periods.update(
        { id },
        { ...terms, updatedBy: by, updatedAt: () => 'now()' },
      ),
    );
    return result.affected ? this.periods.findOneBy({ id }) : null;
  }

  /** Adds the periods whose half-year has none yet and leaves the others as they are; returns those it added. */
  async insertMissing(
    all: PeriodTerms[],
    by: string,
  ): Promise<{ year: number; half: Half }[]> {
    if (all.length === 0) return [];
    const result = await this.periods
      .createQueryBuilder()
      .insert()
      .values(all.map((terms) => ({ ...terms, createdBy: by, updatedBy: by })))
      .orIgnore()
      .returning(['year', 'half'])
      .updateEntity(false)
      .execute();
    return result.raw as { year: number; half: Half }[];
  }

  private async uniquely<T>(
    terms: Pick<PeriodTerms, 'year' | 'half'>,
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const { code, constraint } = error as {
        code?: string;
        constraint?: string;
      };
      if (code !== '23505' || constraint !== YEAR_HALF_UNIQUE) throw error;
      const existing = await this.periods.findOneBy({
        year: terms.year,
        half: terms.half,
      });
      throw PeriodExistsError.of(terms.year, terms.half, existing?.id ?? null);
    }
  }
}
