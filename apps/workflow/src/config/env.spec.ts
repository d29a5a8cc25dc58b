import { InvalidEnvironmentError, loadEnv } from '@bvr/service-kit';
import { envSchema } from './env';

const base = {
  PORT: '3002',
  DATABASE_URL: 'postgres://localhost/x',
  REDIS_URL: 'redis://localhost',
};

describe('workflow environment', () => {
  it('refuses to start in production with the test principal enabled', () => {
    expect(() =>
      loadEnv(envSchema, {
        ...base,
        NODE_ENV: 'production',
        WORKFLOW_TEST_PRINCIPAL: 'enabled',
      }),
    ).toThrow(InvalidEnvironmentError);
    expect(() =>
      loadEnv(envSchema, {
        ...base,
        NODE_ENV: 'production',
        WORKFLOW_TEST_PRINCIPAL: 'enabled',
      }),
    ).toThrow(
      /WORKFLOW_TEST_PRINCIPAL is malformed \(must not be enabled when NODE_ENV is production\)/,
    );
  });

  it('has the test principal off unless asked for', () => {
    expect(
      loadEnv(envSchema, { ...base, NODE_ENV: 'production' })
        .WORKFLOW_TEST_PRINCIPAL,
    ).toBe('disabled');
    expect(
      loadEnv(envSchema, { ...base, WORKFLOW_TEST_PRINCIPAL: 'enabled' })
        .WORKFLOW_TEST_PRINCIPAL,
    ).toBe('enabled');
  });
});
