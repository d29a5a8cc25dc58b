module.exports = {
  displayName: 'workflow',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'html'],
  // bpmnlint 11 needs min-dash 5, which is ESM only: Node 20.19 can require() it, jest cannot.
  // min-dash 4 has the same functions as CommonJS.
  moduleNameMapper: {
    '^min-dash$': '<rootDir>/../../node_modules/min-dash/dist/index.cjs',
  },
  coverageDirectory: '../../coverage/apps/workflow',
};
