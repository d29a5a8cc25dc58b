import { defineQueue } from '@bvr/contracts';
import { z } from 'zod';

/** The workflow's own delayed jobs: one per scheduled timer row, keyed by instance and execution. */
export const fireTimer = defineQueue(
  'workflow.timer',
  'fire-timer',
  z.object({ instanceId: z.uuid(), executionId: z.string().min(1).max(200) }),
  5,
);

export const timerJobId = (instanceId: string, executionId: string) =>
  `timer.${instanceId}.${executionId}`;
