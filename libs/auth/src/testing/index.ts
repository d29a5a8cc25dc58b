export * from './test-tokens';
