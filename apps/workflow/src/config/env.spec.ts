import { InvalidEnvironmentError, loadEnv } from '@bvr/service-kit';
import { envSchema } from './env';

const base = {
  PORT: '3002',
  DATABASE_URL: 'postgres://localhost/x',
  REDIS_URL: 'redis://localhost',
  AUTH_ISSUER: 'http://127.0.0.1:4101',
};

describe('workflow environment', () => {
  it('needs the issuer of access tokens', () => {
    const withoutIssuer = { ...base, AUTH_ISSUER: undefined };
    expect(() => loadEnv(envSchema, withoutIssuer)).toThrow(
      InvalidEnvironmentError,
    );
    expect(() => loadEnv(envSchema, withoutIssuer)).toThrow(/AUTH_ISSUER/);
  });
});
