import type { Job } from 'bullmq';

/** Where a job stands, as a sender that must never lose one sees it. */
export type JobProgress = 'on-its-way' | 'done' | 'failed' | 'gone';

/**
 * On its way (a worker has it, or will), done, failed for good, or gone: Redis no longer has it
 * (it lost writes), so only sending it again gets it done.
 */
export async function jobProgress(job: Job | undefined): Promise<JobProgress> {
  if (!job) return 'gone';
  const state = await job.getState();
  if (state === 'completed') return 'done';
  if (state === 'failed') return 'failed';
  return state === 'unknown' ? 'gone' : 'on-its-way';
}
