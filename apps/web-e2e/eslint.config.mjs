import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The global setup starts the platform with the workspace's own launcher (tools/stack), which is tooling, not a library.
    files: ['**/global-setup.mjs', '**/global-teardown.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
