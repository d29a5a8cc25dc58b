import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ASICE_MIMETYPE, MANIFEST_ENTRY } from './asice';
import { SVARINN_CONTENT_TYPE, packSvarInnDelivery } from './svarinn-package';
import { listZipEntries } from './testing/asice-reader';
import { runOpenssl, withTempDir } from './testing/openssl';
import {
  createTestCertificate,
  startTestReceiver,
  type TestReceiver,
} from './testing/test-receiver';

const json = Buffer.from(
  JSON.stringify({ id: 'b-1', tekst: 'Bekymring for barn – æøå' }),
);
const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n' + 'innhold '.repeat(2000));

async function post(
  url: string,
  body: Buffer,
  contentType = SVARINN_CONTENT_TYPE,
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-forsendelse-id': 'test-1' },
    body: new Uint8Array(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe('packSvarInnDelivery', () => {
  let keys: { certificatePem: string; privateKeyPem: string };
  let receiver: TestReceiver;

  beforeAll(async () => {
    keys = await createTestCertificate();
    receiver = await startTestReceiver(keys);
  });

  afterAll(async () => {
    await receiver?.close();
  });

  it('is opened by openssl cms -decrypt into the ASiC-E container with both files', async () => {
    const delivery = await packSvarInnDelivery(json, pdf, keys.certificatePem);
    const zip = await withTempDir(async (dir) => {
      await writeFile(join(dir, 'x'), delivery);
      await writeFile(join(dir, 'cert.pem'), keys.certificatePem);
      await writeFile(join(dir, 'key.pem'), keys.privateKeyPem, {
        mode: 0o600,
      });
      return runOpenssl([
        'cms',
        '-decrypt',
        '-binary',
        '-inform',
        'DER',
        '-in',
        join(dir, 'x'),
        '-recip',
        join(dir, 'cert.pem'),
        '-inkey',
        join(dir, 'key.pem'),
      ]);
    });
    const entries = listZipEntries(zip);
    expect(entries.map((entry) => entry.name)).toEqual([
      'mimetype',
      'bekymringsmelding.json',
      'bekymringsmelding.pdf',
      MANIFEST_ENTRY,
    ]);
    expect(entries[0].data.toString()).toBe(ASICE_MIMETYPE);
    expect(entries[1].data.equals(json)).toBe(true);
    expect(entries[2].data.equals(pdf)).toBe(true);
  });

  it('is accepted by the test receiver, which sees the same files', async () => {
    receiver.setAnswer('mottatt');
    const delivery = await packSvarInnDelivery(json, pdf, keys.certificatePem);
    const before = receiver.received.length;

    const answer = await post(receiver.url, delivery);

    expect(answer).toEqual({ status: 200, body: { status: 'mottatt' } });
    expect(receiver.received).toHaveLength(before + 1);
    const [latest] = receiver.received.slice(-1);
    expect(latest.headers['content-type']).toBe(SVARINN_CONTENT_TYPE);
    expect(latest.headers['x-forsendelse-id']).toBe('test-1');
    expect(latest.files.get('bekymringsmelding.json')?.equals(json)).toBe(true);
    expect(latest.files.get('bekymringsmelding.pdf')?.equals(pdf)).toBe(true);
  });

  it('lets the test receiver answer feilet on request', async () => {
    receiver.setAnswer('feilet');
    try {
      const delivery = await packSvarInnDelivery(
        json,
        pdf,
        keys.certificatePem,
      );
      const answer = await post(receiver.url, delivery);
      expect(answer.body.status).toBe('feilet');
      expect(typeof answer.body.melding).toBe('string');
    } finally {
      receiver.setAnswer('mottatt');
    }
  });

  it('makes the test receiver reject a delivery for another certificate or content type', async () => {
    const other = await createTestCertificate();
    const wrongRecipient = await packSvarInnDelivery(
      json,
      pdf,
      other.certificatePem,
    );
    const before = receiver.received.length;

    const wrongKey = await post(receiver.url, wrongRecipient);
    expect(wrongKey.body.status).toBe('feilet');
    expect(wrongKey.body.melding).toContain('No RecipientInfo');

    const correct = await packSvarInnDelivery(json, pdf, keys.certificatePem);
    const wrongType = await post(
      receiver.url,
      correct,
      'application/octet-stream',
    );
    expect(wrongType.body.status).toBe('feilet');

    expect(receiver.received).toHaveLength(before);
  });
});
