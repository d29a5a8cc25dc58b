module.exports = {
  displayName: 'bekymringsmelding',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/bekymringsmelding',
};
