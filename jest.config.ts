import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

/**
 * testTimeout is a global option: jest ignores it inside a project's config, so the preset's value
 * must be repeated here for the run over every project.
 */
export default async (): Promise<Config> => ({
  testTimeout: 30000,
  projects: await getJestProjectsAsync(),
});
