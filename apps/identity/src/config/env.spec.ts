import { InvalidEnvironmentError, loadEnv } from '@bvr/service-kit';
import { envSchema } from './env';

const base = {
  NODE_ENV: 'production',
  PORT: '3001',
  DATABASE_URL: 'postgres://localhost/x',
  REDIS_URL: 'redis://localhost',
  OIDC_ISSUER: 'https://test.idporten.no',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
  TOKEN_ISSUER: 'http://identity:3001',
  REPORTING_URL: 'http://reporting:3003',
  SESSION_SECRET: 'a-session-secret-of-at-least-32-characters',
};

describe('identity environment', () => {
  it('refuses a plain-http public URL in production', () => {
    const load = () =>
      loadEnv(envSchema, {
        ...base,
        PUBLIC_URL: 'http://rapportering.example.no',
      });
    expect(load).toThrow(InvalidEnvironmentError);
    expect(load).toThrow(/PUBLIC_URL.*https/);
  });

  it('accepts https, and plain http on the loopback address for a local trial', () => {
    for (const url of [
      'https://rapportering.example.no',
      'http://localhost:3000',
    ])
      expect(loadEnv(envSchema, { ...base, PUBLIC_URL: url }).PUBLIC_URL).toBe(
        url,
      );
  });

  it('needs a session secret of at least 32 characters', () => {
    expect(() =>
      loadEnv(envSchema, {
        ...base,
        PUBLIC_URL: 'https://x.no',
        SESSION_SECRET: 'short',
      }),
    ).toThrow(/SESSION_SECRET/);
  });
});
