import type { EngineRun } from './engine-run';

interface Entry {
  run: EngineRun;
  stepCount: number;
}

/**
 * Engines of recently stepped instances, kept at rest so the next step skips the recover. Only a
 * cache: an entry is used when its step count equals the row's (no other process stepped the
 * instance meanwhile), is taken out while a step runs, and comes back only after a commit.
 */
export class EngineCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity: number) {}

  /** Removes and returns the engine if it is exactly at `stepCount`. */
  take(instanceId: string, stepCount: number): EngineRun | null {
    const entry = this.entries.get(instanceId);
    if (!entry) return null;
    this.entries.delete(instanceId);
    return entry.stepCount === stepCount ? entry.run : null;
  }

  put(instanceId: string, run: EngineRun, stepCount: number): void {
    if (this.capacity === 0 || run.isCompleted) return;
    this.entries.delete(instanceId);
    this.entries.set(instanceId, { run, stepCount });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** A step that did not touch the engine (claim, draft) keeps the kept engine valid. */
  advance(instanceId: string, from: number, to: number): void {
    const entry = this.entries.get(instanceId);
    if (entry?.stepCount === from) entry.stepCount = to;
  }

  evict(instanceId: string): void {
    this.entries.delete(instanceId);
  }

  get size(): number {
    return this.entries.size;
  }
}
