// Access tokens for the benchmark's callers, signed with a key of the benchmark's own whose JWKS the
// services under test fetch, as they would identity's.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer } from 'node:http';

export const BENCH_ISSUER = 'http://bench.identity.test';

export async function benchTokens() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwks = {
    keys: [
      {
        ...(await exportJWK(publicKey)),
        kid: 'bench',
        alg: 'ES256',
        use: 'sig',
      },
    ],
  };
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(jwks));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sign = (sub, grants) =>
    new SignJWT({ kind: 'person', name: sub, grants })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'bench' })
      .setIssuer(BENCH_ISSUER)
      .setAudience('workflow')
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(privateKey);
  return {
    jwksUrl: `http://127.0.0.1:${server.address().port}/.well-known/jwks.json`,
    admin: `Bearer ${await sign('bench-admin', ['platform-admin@national'])}`,
    controller: `Bearer ${await sign('bench-sf', ['statsforvalter-caseworker@office:sf-vestland'])}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
