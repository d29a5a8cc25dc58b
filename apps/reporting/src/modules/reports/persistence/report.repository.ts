import type { ReportValues } from '@bvr/report-forms';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ReportStatus } from '../domain/report-status';
import { ReportVersion } from './report-version.orm-entity';
import { Report } from './report.orm-entity';

/** Writes to one report inside the transaction that holds its row lock. */
export class LockedReport {
  constructor(
    readonly report: Report,
    /** The transaction holding the lock, for writes that must commit with the report's (publication). */
    readonly manager: EntityManager,
  ) {}

  /** Replaces the draft and raises its revision; returns the new revision. */
  async saveDraft(values: ReportValues, by: string, at: Date): Promise<number> {
    const revision = this.report.draftRevision + 1;
    await this.manager.update(
      Report,
      { id: this.report.id },
      {
        draftValues: values,
        draftRevision: revision,
        draftSavedAt: at,
        draftSavedBy: by,
      },
    );
    return revision;
  }

  versionWithKey(idempotencyKey: string): Promise<ReportVersion | null> {
    return this.manager.findOneBy(ReportVersion, {
      reportId: this.report.id,
      idempotencyKey,
    });
  }

  /** Freezes a submitted version and moves the report to `submitted`, in this transaction. */
  async freeze(version: ReportVersion): Promise<void> {
    // An insert, never a save: a frozen version is not updated. (The cast: TypeORM's deep-partial type
    // cannot follow `Record<string, unknown>` inside a jsonb column.)
    await this.manager.insert(
      ReportVersion,
      version as QueryDeepPartialEntity<ReportVersion>,
    );
    await this.manager.update(
      Report,
      { id: this.report.id },
      { status: 'submitted', latestVersion: version.version },
    );
  }

  /** The Statsforvalter's decision on a submitted version. */
  async decide(status: ReportStatus, message: string | null): Promise<void> {
    await this.manager.update(
      Report,
      { id: this.report.id },
      { status, decisionMessage: message, decidedAt: () => 'now()' },
    );
  }
}

@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(unitId: string, periodId: number): Promise<Report | null> {
    return this.dataSource
      .getRepository(Report)
      .findOneBy({ unitId, periodId });
  }

  byId(id: string): Promise<Report | null> {
    return this.dataSource.getRepository(Report).findOneBy({ id });
  }

  /** The unit's report of each period it has one for, newest period first (no draft values). */
  ofUnit(
    unitId: string,
  ): Promise<Pick<Report, 'id' | 'periodId' | 'status'>[]> {
    return this.dataSource.getRepository(Report).find({
      select: { id: true, periodId: true, status: true },
      where: { unitId },
      order: { periodId: 'DESC' },
    });
  }

  /**
   * Runs `work` in one transaction holding the report's row lock, creating the (empty draft) report
   * first if the unit has none for the period. Two saves or submissions of one report queue up here.
   */
  forUnitAndPeriod<T>(
    unitId: string,
    periodId: number,
    work: (locked: LockedReport) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Report)
        .values({ unitId, periodId })
        .orIgnore()
        .updateEntity(false)
        .execute();
      const report = await manager
        .createQueryBuilder(Report, 'r')
        .setLock('pessimistic_write')
        .where('r.unitId = :unitId AND r.periodId = :periodId', {
          unitId,
          periodId,
        })
        .getOneOrFail();
      return work(new LockedReport(report, manager));
    });
  }

  /** Like `forUnitAndPeriod` for an existing report; `null` when there is none. */
  byIdLocked<T>(
    id: string,
    work: (locked: LockedReport) => Promise<T>,
  ): Promise<T | null> {
    return this.dataSource.transaction(async (manager) => {
      const report = await manager
        .createQueryBuilder(Report, 'r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id })
        .getOne();
      return report ? work(new LockedReport(report, manager)) : null;
    });
  }
}
