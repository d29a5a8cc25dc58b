/** Browser tests: the whole platform started once (own database, ports and queue prefix), driven by Playwright in Debian's Chromium. */
module.exports = {
  displayName: 'web-e2e',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  // The specs run outside Nx's jest preset, so the workspace's path alias is mapped here.
  moduleNameMapper: {
    '^@bvr/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/global-setup.mjs',
  globalTeardown: '<rootDir>/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 1,
};
