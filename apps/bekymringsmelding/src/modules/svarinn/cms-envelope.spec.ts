import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encryptForCertificate } from './cms-envelope';
import { decryptEnvelope } from './testing/cms-decrypt';
import { makeCertificate, runOpenssl, withTempDir } from './testing/openssl';

describe('encryptForCertificate', () => {
  let recipient: { certificatePem: string; privateKeyPem: string };
  let stranger: { certificatePem: string; privateKeyPem: string };

  beforeAll(async () => {
    [recipient, stranger] = await Promise.all([
      makeCertificate(),
      makeCertificate(),
    ]);
  });

  async function opensslDecrypt(
    der: Buffer,
    keys: { certificatePem: string; privateKeyPem: string },
  ): Promise<Buffer> {
    return withTempDir(async (dir) => {
      const input = join(dir, 'x.der');
      const cert = join(dir, 'cert.pem');
      const key = join(dir, 'key.pem');
      await writeFile(input, der);
      await writeFile(cert, keys.certificatePem);
      await writeFile(key, keys.privateKeyPem, { mode: 0o600 });
      return runOpenssl([
        'cms',
        '-decrypt',
        '-binary',
        '-inform',
        'DER',
        '-in',
        input,
        '-recip',
        cert,
        '-inkey',
        key,
      ]);
    });
  }

  it.each([0, 1, 15, 16, 17, 100_000])(
    'openssl cms -decrypt returns the original %i bytes',
    async (size) => {
      const content = randomBytes(size);
      const der = await encryptForCertificate(
        content,
        recipient.certificatePem,
      );
      const decrypted = await opensslDecrypt(der, recipient);
      expect(decrypted.equals(content)).toBe(true);
    },
  );

  it('round-trips through the test receiver decryption', async () => {
    const content = randomBytes(4321);
    const der = await encryptForCertificate(content, recipient.certificatePem);
    const decrypted = decryptEnvelope(
      der,
      recipient.privateKeyPem,
      recipient.certificatePem,
    );
    expect(decrypted.equals(content)).toBe(true);
  });

  it('uses a fresh content key and IV every time', async () => {
    const content = Buffer.from('samme innhold');
    const first = await encryptForCertificate(
      content,
      recipient.certificatePem,
    );
    const second = await encryptForCertificate(
      content,
      recipient.certificatePem,
    );
    expect(first.equals(second)).toBe(false);
  });

  it('cannot be opened with another key', async () => {
    const der = await encryptForCertificate(
      Buffer.from('hemmelig'),
      recipient.certificatePem,
    );
    await expect(opensslDecrypt(der, stranger)).rejects.toThrow(
      /Error decrypting CMS/,
    );
  });

  it('is DER EnvelopedData with RSAES-OAEP(SHA-256, MGF1-SHA-256) and AES-256-CBC', async () => {
    const der = await encryptForCertificate(
      Buffer.from('innhold'),
      recipient.certificatePem,
    );
    const printed = (
      await runOpenssl(['cms', '-cmsout', '-print', '-inform', 'DER'], der)
    ).toString();

    expect(printed).toContain(
      'contentType: pkcs7-envelopedData (1.2.840.113549.1.7.3)',
    );
    expect(printed).toMatch(
      /d\.ktri:\s+version: 0\s+d\.issuerAndSerialNumber:/,
    );
    expect(printed).toContain('issuer: C=NO, O=Testkommune, CN=SvarInn test');
    expect(printed).toContain('algorithm: rsaesOaep (1.2.840.113549.1.1.7)');
    // RSAES-OAEP-params: [0] hashFunc sha256, [1] maskGenFunc mgf1(sha256), pSource default
    const params = printed
      .slice(
        printed.indexOf('parameter: SEQUENCE:'),
        printed.indexOf('encryptedKey:'),
      )
      .split('\n')
      .slice(1)
      .map((line) =>
        line
          .replace(
            /^\s*\d+:d=(\d+)\s+hl=\d+\s+l=\s*\d+\s+(?:cons|prim):/,
            '$1 ',
          )
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    expect(params).toEqual([
      '0 SEQUENCE',
      '1 cont [ 0 ]',
      '2 SEQUENCE',
      '3 OBJECT :sha256',
      '1 cont [ 1 ]',
      '2 SEQUENCE',
      '3 OBJECT :mgf1',
      '3 SEQUENCE',
      '4 OBJECT :sha256',
    ]);
    expect(printed).toContain('contentType: pkcs7-data (1.2.840.113549.1.7.1)');
    expect(printed).toContain(
      'algorithm: aes-256-cbc (2.16.840.1.101.3.4.1.42)',
    );

    // Strict DER: openssl re-encodes it byte for byte.
    const reencoded = await runOpenssl(
      ['cms', '-cmsout', '-inform', 'DER', '-outform', 'DER'],
      der,
    );
    expect(reencoded.equals(der)).toBe(true);
  });

  it('matches the certificate serial number in the recipient info', async () => {
    const der = await encryptForCertificate(
      Buffer.from('x'),
      recipient.certificatePem,
    );
    const printed = (
      await runOpenssl(['cms', '-cmsout', '-print', '-inform', 'DER'], der)
    ).toString();
    const serial = (
      await runOpenssl(
        ['x509', '-noout', '-serial'],
        Buffer.from(recipient.certificatePem),
      )
    )
      .toString()
      .trim()
      .replace('serial=', '');
    expect(printed.toUpperCase()).toContain(
      `SERIALNUMBER: 0X${serial.toUpperCase()}`,
    );
  });

  it('refuses a certificate without an RSA key', async () => {
    const ec = await makeCertificate({
      newkey: 'ec',
      pkeyopt: ['ec_paramgen_curve:P-256'],
    });
    await expect(
      encryptForCertificate(Buffer.from('x'), ec.certificatePem),
    ).rejects.toThrow('RSA');
  });
});
