const nxPreset = require('@nx/jest/preset').default;

/** Unit specs live next to the code; integration specs (real PostgreSQL and Redis) under each project's test/. */
module.exports = {
  ...nxPreset,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  testTimeout: 30000,
};
