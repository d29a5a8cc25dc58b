import { externalTaskQueue } from '@bvr/contracts';
import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkflowConfig } from '../../../config/env';
import { OutboxMessageEntity } from '../persistence/outbox-message.orm-entity';
import { QueueRegistry } from './queue-registry.service';

const BATCH = 200;
const ATTEMPTS = externalTaskQueue('any').attempts;

/**
 * Moves committed outbox rows to BullMQ. Rows are claimed with SKIP LOCKED so several service
 * processes relay side by side; a row is marked relayed only after BullMQ accepted it, and the
 * BullMQ job id is the row's message id, so a relay repeated after a crash adds nothing.
 */
@Injectable()
export class OutboxRelay
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(OutboxRelay.name);
  private draining: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly config: WorkflowConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), this.config.env.RELAY_POLL_MS);
    this.timer.unref();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
  }

  /** Drains the outbox now; a wake during a drain makes it go round once more. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: Error) =>
        this.logger.error(
          { err: error },
          'outbox relay failed; retrying on the next poll',
        ),
      )
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (await this.relayBatch()) === BATCH);
  }

  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const rows: OutboxMessageEntity[] = await em
        .createQueryBuilder(OutboxMessageEntity, 'message')
        .where('message.relayed_at IS NULL')
        .orderBy('message.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!rows.length) return 0;
      await Promise.all(rows.map((row) => this.add(row)));
      await em.update(
        OutboxMessageEntity,
        rows.map((row) => row.id),
        { relayedAt: new Date() },
      );
      return rows.length;
    });
  }

  private add(row: OutboxMessageEntity) {
    const envelope = {
      meta: {
        requestId: row.requestId ?? `outbox-${row.id}`,
        enqueuedAt: new Date().toISOString(),
      },
      payload: row.payload,
    };
    return this.queues.get(row.queue).add(row.jobName, envelope, {
      jobId: row.messageId,
      attempts: ATTEMPTS,
      backoff: {
        type: 'exponential',
        delay: this.config.env.JOB_RETRY_DELAY_MS,
      },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: false,
    });
  }
}
