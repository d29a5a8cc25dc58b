import { InvalidEnvironmentError, loadEnv } from '@bvr/service-kit';
import { envSchema } from './env';

const base = {
  PORT: '3003',
  DATABASE_URL: 'postgres://localhost/x',
  REDIS_URL: 'redis://localhost',
  AUTH_ISSUER: 'http://127.0.0.1:4101',
};

describe('reporting environment', () => {
  it('needs the issuer of access tokens', () => {
    const withoutIssuer = { ...base, AUTH_ISSUER: undefined };

    expect(() => loadEnv(envSchema, withoutIssuer)).toThrow(
      InvalidEnvironmentError,
    );
    expect(() => loadEnv(envSchema, withoutIssuer)).toThrow(/AUTH_ISSUER/);
  });

  it('accepts a separate address for the keys, and refuses one that is not a URL', () => {
    expect(
      loadEnv(envSchema, {
        ...base,
        AUTH_JWKS_URL: 'http://identity:3001/.well-known/jwks.json',
      }).AUTH_JWKS_URL,
    ).toBe('http://identity:3001/.well-known/jwks.json');
    expect(() =>
      loadEnv(envSchema, { ...base, AUTH_JWKS_URL: 'identity' }),
    ).toThrow(/AUTH_JWKS_URL is malformed/);
  });
});
