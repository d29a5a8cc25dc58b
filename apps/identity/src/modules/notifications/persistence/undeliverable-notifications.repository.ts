import type { EmailTemplateId, NotificationAudience } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UndeliverableNotificationEntity } from './undeliverable-notification.orm-entity';

export interface UndeliverableRecord {
  idempotencyKey: string;
  template: EmailTemplateId;
  audience: NotificationAudience;
  reason: string;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

@Injectable()
export class UndeliverableNotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records it once per idempotency key. */
  async record(record: UndeliverableRecord): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UndeliverableNotificationEntity)
      .values({
        ...record,
        reason: record.reason.slice(0, 500),
        createdAt: new Date(),
      })
      .orIgnore()
      .execute();
  }

  async newestFirst(
    page: number,
    pageSize: number,
  ): Promise<Page<UndeliverableNotificationEntity>> {
    const [items, total] = await this.dataSource
      .getRepository(UndeliverableNotificationEntity)
      .findAndCount({
        order: { createdAt: 'DESC', id: 'DESC' },
        skip: (page - 1) * pageSize,
        take: pageSize,
      });
    return { total, page, pageSize, items };
  }
}
