import { jobProgress, PeriodicSweep } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkflowConfig } from '../../../config/env';
import { OutboxRelay } from './outbox-relay.service';
import { QueueRegistry } from './queue-registry.service';

const BATCH = 500;

/**
 * Hands a job to its queue again when the instance has waited long for its result and Redis no
 * longer has the job on its way: Redis lost it (a crash between two appends, a failover), or the
 * handler's answer was lost after the job finished. Handlers do their effect once per job id and a
 * second answer steps nothing, so a needless redelivery costs a repeated check, never an effect.
 */
@Injectable()
export class StalledJobSweeper extends PeriodicSweep<number> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly relay: OutboxRelay,
    private readonly config: WorkflowConfig,
  ) {
    super(StalledJobSweeper.name, config.env.STALLED_JOB_SWEEP_MS, 0);
  }

  protected async sweepOnce(): Promise<number> {
    // Relay time is the process's own clock (outbox.relayed_at), so this compares with the same.
    const before = new Date(Date.now() - this.config.env.STALLED_JOB_AFTER_MS);
    const stalled: { id: string; queue: string; messageId: string }[] =
      await this.dataSource.query(
        `SELECT o.id, o.queue, o.message_id AS "messageId"
           FROM workflow.external_job j
           JOIN workflow.outbox o ON o.message_id = j.id || '.' || j.attempt
          WHERE j.status = 'pending' AND j.created_at < $1 AND o.relayed_at < $1
          ORDER BY o.id
          LIMIT ${BATCH}`,
        [before],
      );
    let redelivered = 0;
    for (const message of stalled) {
      const job = await this.queues
        .get(message.queue)
        .getJob(message.messageId);
      if ((await jobProgress(job)) === 'on-its-way') continue;
      // A finished job keeps its id: it must go before the same id can be added again.
      await job?.remove();
      await this.dataSource.query(
        `UPDATE workflow.outbox SET relayed_at = NULL WHERE id = $1`,
        [message.id],
      );
      redelivered += 1;
    }
    if (redelivered) {
      this.logger.warn(
        { redelivered },
        'jobs whose result never came are handed to their queues again',
      );
      this.relay.wake();
    }
    return redelivered;
  }
}
