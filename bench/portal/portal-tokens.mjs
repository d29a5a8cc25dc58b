// Access tokens for the portal benchmark's readers, for audience "reporting", signed with a key of the
// benchmark's own whose JWKS the reporting service fetches, as it would identity's.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer } from 'node:http';

export const BENCH_ISSUER = 'http://bench.identity.test';

export async function portalTokens() {
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
  const sign = async (sub, grants) =>
    `Bearer ${await new SignJWT({ kind: 'person', name: sub, grants })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'bench' })
      .setIssuer(BENCH_ISSUER)
      .setAudience('reporting')
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(privateKey)}`;
  return {
    jwksUrl: `http://127.0.0.1:${server.address().port}/.well-known/jwks.json`,
    /** A reader of one kommune: every other unit is suppressed where small. */
    kommuneReader: await sign('bench-reader-kinn', [
      'publication-reader@unit:4602',
    ]),
    nationalReader: await sign('bench-reader-norge', [
      'publication-reader@national',
    ]),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
