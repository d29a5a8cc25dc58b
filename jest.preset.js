const nxPreset = require('@nx/jest/preset').default;

/**
 * Packages that ship only ES modules. Node 20.19 can require() them; jest's own module loader cannot,
 * so jest compiles them to CommonJS with swc.
 */
const ESM_ONLY = ['jose', 'openid-client', 'oauth4webapi', 'oidc-provider'];

/** Unit specs live next to the code; integration specs (real PostgreSQL and Redis) under each project's test/. */
module.exports = {
  ...nxPreset,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  testTimeout: 30000,
  transform: {
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.m?js$`]: [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
    ],
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};
