import { isProviderPath } from './provider-middleware';

describe('isProviderPath', () => {
  it.each([
    '/.well-known/openid-configuration',
    '/authorize',
    '/authorize/abc123',
    '/token',
    '/jwk',
    '/userinfo',
    '/endsession',
    '/endsession/confirm',
    '/par',
  ])('should send %s to the provider', (path) => {
    expect(isProviderPath(path)).toBe(true);
  });

  it.each(['/', '/health', '/interaction/abc', '/docs', '/tokenx', '/jwks'])(
    'should leave %s to Nest',
    (path) => {
      expect(isProviderPath(path)).toBe(false);
    },
  );
});
