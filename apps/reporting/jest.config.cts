module.exports = {
  displayName: 'reporting',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'html'],
  // Unit specs next to the code; integration specs against the real PostgreSQL and Redis.
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  coverageDirectory: '../../coverage/apps/reporting',
};
