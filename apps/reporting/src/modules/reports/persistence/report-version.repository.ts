import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
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

  async markSent(reportId: string, version: number): Promise<void> {
    await this.dataSource
      .getRepository(ReportVersion)
      .update(
        { reportId, version, commandSentAt: IsNull() },
        { commandSentAt: () => 'now()' },
      );
  }
}
