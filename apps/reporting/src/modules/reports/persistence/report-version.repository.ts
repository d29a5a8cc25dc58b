import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { ReportVersion } from './report-version.orm-entity';

/** Reads of frozen versions, and the outbox side of them: which workflow commands are not yet sent. */
@Injectable()
export class ReportVersionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  version(reportId: string, version: number): Promise<ReportVersion | null> {
    return this.dataSource
      .getRepository(ReportVersion)
      .findOneBy({ reportId, version });
  }

  /** The `count` latest versions, newest first. */
  latest(reportId: string, count: number): Promise<ReportVersion[]> {
    return this.dataSource.getRepository(ReportVersion).find({
      where: { reportId },
      order: { version: 'DESC' },
      take: count,
    });
  }

  /** Versions whose command was not handed to BullMQ, oldest first. */
  unsent(limit: number): Promise<ReportVersion[]> {
    return this.dataSource.getRepository(ReportVersion).find({
      where: { commandSentAt: IsNull() },
      order: { submittedAt: 'ASC' },
      take: limit,
    });
  }

  /** Versions whose command was sent before `before` and not yet seen taken by the workflow. */
  sentNotDelivered(before: Date, limit: number): Promise<ReportVersion[]> {
    return this.dataSource.getRepository(ReportVersion).find({
      where: {
        commandSentAt: LessThan(before),
        commandDeliveredAt: IsNull(),
      },
      order: { commandSentAt: 'ASC' },
      take: limit,
    });
  }

  async markDelivered(reportId: string, version: number): Promise<void> {
    await this.dataSource
      .getRepository(ReportVersion)
      .update({ reportId, version }, { commandDeliveredAt: () => 'now()' });
  }

  async markSent(reportId: string, version: number): Promise<void> {
    await this.dataSource
      .getRepository(ReportVersion)
      .update(
        { reportId, version, commandSentAt: IsNull() },
        { commandSentAt: () => 'now()' },
      );
  }
}
