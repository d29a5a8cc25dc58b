/**
 * Local stand-in for the kommune's SvarInn receiver, for integration tests. Accepts a POST with
 * an `application/pkcs7-mime` body (raw DER CMS), decrypts it, unzips the ASiC-E container,
 * checks the manifest digests and answers `{ "status": "mottatt" }` or
 * `{ "status": "feilet", "melding": "..." }`; set to `utilgjengelig`, it answers 503 to everything,
 * as a case system that is down.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ASICE_MIMETYPE, MANIFEST_ENTRY, MIMETYPE_ENTRY } from '../asice';
import { SVARINN_CONTENT_TYPE } from '../svarinn-package';
import { readAsice } from './asice-reader';
import { decryptEnvelope } from './cms-decrypt';
import { makeCertificate } from './openssl';

export type TestReceiverAnswer = 'mottatt' | 'feilet' | 'utilgjengelig';

export interface ReceivedDelivery {
  headers: Record<string, string | string[] | undefined>;
  files: Map<string, Buffer>;
}

export interface TestReceiver {
  url: string;
  received: ReceivedDelivery[];
  setAnswer(answer: TestReceiverAnswer): void;
  close(): Promise<void>;
}

export interface TestReceiverOptions {
  privateKeyPem: string;
  certificatePem: string;
  answer?: TestReceiverAnswer;
}

/** Self-signed RSA 2048 certificate valid from now, with its private key. */
export function createTestCertificate(): Promise<{
  certificatePem: string;
  privateKeyPem: string;
}> {
  return makeCertificate({ newkey: 'rsa:2048', days: 2 });
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Checks the ASiC-E layout and that every data file matches its manifest digest. */
export function verifyAsice(files: Map<string, Buffer>): void {
  if (files.get(MIMETYPE_ENTRY)?.toString('ascii') !== ASICE_MIMETYPE) {
    throw new Error('mimetype mangler eller er feil');
  }
  const manifest = files.get(MANIFEST_ENTRY)?.toString('utf8');
  if (!manifest) throw new Error(`${MANIFEST_ENTRY} mangler`);
  const references = new Map<string, string>();
  const pattern =
    /<DataObjectReference\s+URI="([^"]+)"[^>]*>[\s\S]*?<ns2:DigestValue>([^<]+)<\/ns2:DigestValue>/g;
  for (const match of manifest.matchAll(pattern))
    references.set(match[1], match[2]);

  const dataFiles = [...files.keys()].filter(
    (name) => name !== MIMETYPE_ENTRY && !name.startsWith('META-INF/'),
  );
  for (const name of dataFiles) {
    const expected = references.get(name);
    if (!expected) throw new Error(`${name} står ikke i manifestet`);
    const actual = createHash('sha256')
      .update(files.get(name) as Buffer)
      .digest('base64');
    if (actual !== expected) throw new Error(`Feil sjekksum for ${name}`);
  }
  for (const name of references.keys()) {
    if (!files.has(name))
      throw new Error(`${name} står i manifestet, men mangler i pakken`);
  }
}

export async function startTestReceiver(
  options: TestReceiverOptions,
): Promise<TestReceiver> {
  let answer: TestReceiverAnswer = options.answer ?? 'mottatt';
  const received: ReceivedDelivery[] = [];

  const server = createServer((request, response) => {
    const reply = (status: number, body: object) => {
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
      });
      response.end(JSON.stringify(body));
    };
    if (answer === 'utilgjengelig') {
      request.resume();
      reply(503, { status: 'feilet', melding: 'Testmottakeren er nede.' });
      return;
    }
    if (request.method !== 'POST') {
      reply(405, { status: 'feilet', melding: 'Bare POST er støttet.' });
      return;
    }
    readBody(request)
      .then(async (body) => {
        const contentType = String(request.headers['content-type'] ?? '');
        if (
          contentType.split(';')[0].trim().toLowerCase() !==
          SVARINN_CONTENT_TYPE
        ) {
          throw new Error(
            `Forventet ${SVARINN_CONTENT_TYPE}, fikk ${contentType || 'ingenting'}`,
          );
        }
        const zip = decryptEnvelope(
          body,
          options.privateKeyPem,
          options.certificatePem,
        );
        const files = await readAsice(zip);
        verifyAsice(files);
        received.push({ headers: { ...request.headers }, files });
        if (answer === 'feilet') {
          reply(200, {
            status: 'feilet',
            melding: 'Testmottakeren er satt til å avvise.',
          });
        } else {
          reply(200, { status: 'mottatt' });
        }
      })
      .catch((error: unknown) => {
        const melding = error instanceof Error ? error.message : String(error);
        reply(400, { status: 'feilet', melding });
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    setAnswer(next) {
      answer = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
