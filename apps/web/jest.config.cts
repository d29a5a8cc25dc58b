/** Unit specs of the SPA's plain TypeScript (formatting, table rows, queries); no Angular test bed. */
module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/web',
};
