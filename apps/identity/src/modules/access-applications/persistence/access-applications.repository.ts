import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { AccessApplicationEntity } from './access-application.orm-entity';

@Injectable()
export class AccessApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user's applications, newest first. */
  ofUser(userId: string): Promise<AccessApplicationEntity[]> {
    return this.dataSource.manager.find(AccessApplicationEntity, {
      where: { userId },
      order: { submittedAt: 'DESC' },
      take: 20,
    });
  }

  find(id: string): Promise<AccessApplicationEntity | null> {
    return this.dataSource.manager.findOneBy(AccessApplicationEntity, { id });
  }

  /** The application, locked for a decision in the caller's transaction. */
  lock(em: EntityManager, id: string): Promise<AccessApplicationEntity | null> {
    return em.findOne(AccessApplicationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Committed applications whose start command is not known to be on the queue, oldest first. */
  unsent(limit: number): Promise<AccessApplicationEntity[]> {
    return this.dataSource.manager.find(AccessApplicationEntity, {
      where: { commandSentAt: IsNull() },
      order: { submittedAt: 'ASC' },
      take: limit,
    });
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.manager.update(
      AccessApplicationEntity,
      { id, commandSentAt: IsNull() },
      { commandSentAt: new Date() },
    );
  }

  /** Applications whose start command was sent before `before` and not yet seen taken by the workflow. */
  sentNotDelivered(
    before: Date,
    limit: number,
  ): Promise<AccessApplicationEntity[]> {
    return this.dataSource.manager.find(AccessApplicationEntity, {
      where: { commandSentAt: LessThan(before), commandDeliveredAt: IsNull() },
      order: { commandSentAt: 'ASC' },
      take: limit,
    });
  }

  async markDelivered(id: string): Promise<void> {
    await this.dataSource.manager.update(
      AccessApplicationEntity,
      { id },
      { commandDeliveredAt: new Date() },
    );
  }
}
