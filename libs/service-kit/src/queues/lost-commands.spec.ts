import { defineQueue } from '@bvr/contracts';
import type { JobState, Queue } from 'bullmq';
import * as z from 'zod';
import { resendLostCommands, type SentCommandLedger } from './lost-commands';

const testCommand = defineQueue(
  'test.commands',
  'command',
  z.object({ commandId: z.string() }),
);

interface Row {
  id: string;
  sentAt: Date;
}

/** The sender's table, faked: rows sent at some time, and which were seen delivered. */
class FakeLedger implements SentCommandLedger<Row, { commandId: string }> {
  readonly delivered = new Set<string>();

  constructor(private readonly rows: Row[]) {}

  async sentNotDelivered(cutOff: Date, limit: number): Promise<Row[]> {
    return this.rows
      .filter((row) => row.sentAt < cutOff && !this.delivered.has(row.id))
      .slice(0, limit);
  }

  commandOf(row: Row) {
    return { jobId: `command-${row.id}`, payload: { commandId: row.id } };
  }

  async markDelivered(row: Row): Promise<void> {
    this.delivered.add(row.id);
  }
}

/** Redis, faked: the jobs it still has, by id and state, and what was added. */
class FakeQueue {
  readonly added: Array<{ jobId?: string; payload: unknown }> = [];

  constructor(private readonly states: Record<string, JobState | 'unknown'>) {}

  async getJob(jobId: string) {
    const state = this.states[jobId];
    return state ? { getState: async () => state } : undefined;
  }

  async add(
    _name: string,
    data: { payload: unknown },
    opts: { jobId?: string },
  ) {
    this.added.push({ jobId: opts.jobId, payload: data.payload });
    return { id: opts.jobId };
  }
}

const now = new Date('2026-04-01T12:00:00Z');
const anHourAgo = new Date(now.getTime() - 3_600_000);
const cutOff = new Date(now.getTime() - 600_000);

function sweep(queue: FakeQueue, ledger: FakeLedger, limit = 100) {
  return resendLostCommands({
    queue: queue as unknown as Queue,
    contract: testCommand,
    ledger,
    cutOff,
    limit,
  });
}

describe('resendLostCommands', () => {
  it('sends again a command whose job Redis no longer has, under the same job id', async () => {
    // given
    const ledger = new FakeLedger([{ id: 'a', sentAt: anHourAgo }]);
    const queue = new FakeQueue({});

    // when
    const resent = await sweep(queue, ledger);

    // then
    expect(resent).toBe(1);
    expect(queue.added).toEqual([
      { jobId: 'command-a', payload: { commandId: 'a' } },
    ]);
    expect(ledger.delivered.size).toBe(0);
  });

  it("sends again a command whose job state Redis answers as 'unknown'", async () => {
    // given
    const ledger = new FakeLedger([{ id: 'a', sentAt: anHourAgo }]);
    const queue = new FakeQueue({ 'command-a': 'unknown' });

    // when
    const resent = await sweep(queue, ledger);

    // then
    expect(resent).toBe(1);
    expect(queue.added.map((job) => job.jobId)).toEqual(['command-a']);
  });

  it('marks a command the consumer took as delivered, and does not send it again', async () => {
    // given
    const ledger = new FakeLedger([{ id: 'a', sentAt: anHourAgo }]);
    const queue = new FakeQueue({ 'command-a': 'completed' });

    // when
    const resent = await sweep(queue, ledger);

    // then
    expect(resent).toBe(0);
    expect(queue.added).toEqual([]);
    expect([...ledger.delivered]).toEqual(['a']);
  });

  it.each<JobState>(['waiting', 'active', 'delayed', 'prioritized'])(
    'leaves a command still on its way (%s) alone',
    async (state) => {
      // given
      const ledger = new FakeLedger([{ id: 'a', sentAt: anHourAgo }]);
      const queue = new FakeQueue({ 'command-a': state });

      // when
      const resent = await sweep(queue, ledger);

      // then
      expect(resent).toBe(0);
      expect(queue.added).toEqual([]);
      expect(ledger.delivered.size).toBe(0);
    },
  );

  it('records a command the consumer took and failed for good as delivered, not sent again', async () => {
    // given
    const ledger = new FakeLedger([{ id: 'a', sentAt: anHourAgo }]);
    const queue = new FakeQueue({ 'command-a': 'failed' });

    // when
    const resent = await sweep(queue, ledger);

    // then: it no longer takes a place among the oldest the next sweep checks
    expect(resent).toBe(0);
    expect(queue.added).toEqual([]);
    expect([...ledger.delivered]).toEqual(['a']);
  });

  it('checks only commands sent before the cut-off, at most the limit', async () => {
    // given: two lost long ago, one sent just now and not yet taken
    const ledger = new FakeLedger([
      { id: 'a', sentAt: anHourAgo },
      { id: 'b', sentAt: anHourAgo },
      { id: 'c', sentAt: now },
    ]);
    const queue = new FakeQueue({});

    // when
    const resent = await sweep(queue, ledger, 1);

    // then
    expect(resent).toBe(1);
    expect(queue.added.map((job) => job.jobId)).toEqual(['command-a']);
  });

  it('refuses to send again a payload its contract does not allow', async () => {
    // given
    const ledger = new FakeLedger([{ id: 'a', sentAt: anHourAgo }]);
    ledger.commandOf = () => ({
      jobId: 'command-a',
      payload: { commandId: 42 } as unknown as { commandId: string },
    });
    const queue = new FakeQueue({});

    // when / then
    await expect(sweep(queue, ledger)).rejects.toThrow(/invalid message/);
    expect(queue.added).toEqual([]);
  });
});
