import { X509Certificate } from 'node:crypto';
import {
  InvalidCertificateError,
  readCertificate,
  type InvalidCertificateReason,
} from './certificate';
import { makeCertificate, runOpenssl, withTempDir } from './testing/openssl';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

function rejection(pem: string, now = new Date()): InvalidCertificateError {
  try {
    readCertificate(pem, now);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidCertificateError);
    return error as InvalidCertificateError;
  }
  throw new Error('readCertificate accepted the input');
}

function expectRejected(
  pem: string,
  reason: InvalidCertificateReason,
  now?: Date,
) {
  const error = rejection(pem, now);
  expect(error.reason).toBe(reason);
  return error.message;
}

describe('readCertificate', () => {
  let rsa: { certificatePem: string; privateKeyPem: string };
  let other: { certificatePem: string; privateKeyPem: string };

  beforeAll(async () => {
    [rsa, other] = await Promise.all([
      makeCertificate({
        subject: '/C=NO/O=Testkommune/CN=SvarInn test',
        days: 30,
      }),
      makeCertificate({ subject: '/C=NO/O=Annen kommune/CN=Annen' }),
    ]);
  });

  it('accepts a valid RSA 2048 certificate and describes it', async () => {
    const info = readCertificate(rsa.certificatePem, new Date());

    expect(info.subject).toBe('C=NO, O=Testkommune, CN=SvarInn test');
    const fingerprint = (
      await runOpenssl(
        ['x509', '-noout', '-fingerprint', '-sha256'],
        Buffer.from(rsa.certificatePem),
      )
    )
      .toString()
      .trim()
      .split('=')[1];
    expect(info.fingeravtrykk).toBe(fingerprint);
    expect(info.fingeravtrykk).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const endDate = (
      await runOpenssl(
        ['x509', '-noout', '-enddate'],
        Buffer.from(rsa.certificatePem),
      )
    )
      .toString()
      .trim()
      .replace('notAfter=', '');
    expect(info.gyldigTil).toBe(new Date(endDate).toISOString());
    expect(info.pem).toBe(new X509Certificate(rsa.certificatePem).toString());
  });

  it('normalises the PEM: CRLF, BOM, surrounding text and whitespace', () => {
    const messy =
      '\uFEFFBag Attributes\r\n  friendlyName: krypt\r\n' +
      rsa.certificatePem.replace(/\n/g, '\r\n') +
      '\r\n\r\n';
    const info = readCertificate(messy, new Date());
    expect(info.pem).toBe(new X509Certificate(rsa.certificatePem).toString());
    expect(info.pem.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true);
    expect(info.pem.match(/BEGIN CERTIFICATE/g)).toHaveLength(1);
  });

  it('rejects text that is not a PEM certificate', async () => {
    const der = await runOpenssl(
      ['x509', '-outform', 'DER'],
      Buffer.from(rsa.certificatePem),
    );
    for (const input of [
      '',
      'hei',
      der.toString('base64'),
      der.toString('latin1'),
    ]) {
      expect(expectRejected(input, 'not-pem')).toBe(
        'Filen er ikke et sertifikat i PEM-format (-----BEGIN CERTIFICATE-----).',
      );
    }
  });

  it('rejects a private key, alone or next to the certificate, and says never to upload it', async () => {
    const traditional = (
      await runOpenssl(['pkey', '-traditional'], Buffer.from(rsa.privateKeyPem))
    ).toString();
    const encrypted = (
      await runOpenssl(
        ['pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-passout', 'pass:hemmelig'],
        Buffer.from(rsa.privateKeyPem),
      )
    ).toString();
    expect(traditional).toContain('BEGIN RSA PRIVATE KEY');
    expect(encrypted).toContain('BEGIN ENCRYPTED PRIVATE KEY');

    for (const input of [
      rsa.privateKeyPem,
      traditional,
      encrypted,
      rsa.certificatePem + rsa.privateKeyPem,
    ]) {
      const message = expectRejected(input, 'private-key');
      expect(message).toContain('Last aldri opp den private nøkkelen');
    }
  });

  it('rejects a certificate signing request', async () => {
    const csr = await withTempDir(async (dir) => {
      const keyPath = join(dir, 'key.pem');
      await writeFile(keyPath, rsa.privateKeyPem, { mode: 0o600 });
      return (
        await runOpenssl(['req', '-new', '-key', keyPath, '-subj', '/CN=csr'])
      ).toString();
    });
    expect(csr).toContain('BEGIN CERTIFICATE REQUEST');
    expect(expectRejected(csr, 'certificate-request')).toContain(
      'sertifikatforespørsel',
    );
  });

  it('rejects more than one certificate', () => {
    const message = expectRejected(
      rsa.certificatePem + other.certificatePem,
      'multiple-certificates',
    );
    expect(message).toContain('2 sertifikater');
  });

  it('rejects a damaged certificate', () => {
    const damaged =
      '-----BEGIN CERTIFICATE-----\nTUlJQmFkRGF0YQ==\n-----END CERTIFICATE-----\n';
    expect(expectRejected(damaged, 'unreadable')).toContain('kunne ikke leses');
  });

  it('rejects an expired certificate and one not yet valid', () => {
    const certificate = new X509Certificate(rsa.certificatePem);
    const validTo = new Date(certificate.validTo);
    const validFrom = new Date(certificate.validFrom);

    const afterExpiry = new Date(validTo.getTime() + 1000);
    expect(expectRejected(rsa.certificatePem, 'expired', afterExpiry)).toMatch(
      /^Sertifikatet er utløpt \(gyldig til \d{2}\.\d{2}\.\d{4}\)/,
    );

    const beforeStart = new Date(validFrom.getTime() - 24 * 3600 * 1000);
    expect(
      expectRejected(rsa.certificatePem, 'not-yet-valid', beforeStart),
    ).toMatch(
      /^Sertifikatet er ikke gyldig ennå\. Det gjelder fra \d{2}\.\d{2}\.\d{4}/,
    );

    // The boundaries themselves are inside the validity period.
    expect(() => readCertificate(rsa.certificatePem, validTo)).not.toThrow();
    expect(() => readCertificate(rsa.certificatePem, validFrom)).not.toThrow();
  });

  it('rejects a certificate without an RSA key', async () => {
    const ec = await makeCertificate({
      newkey: 'ec',
      pkeyopt: ['ec_paramgen_curve:P-256'],
    });
    expect(expectRejected(ec.certificatePem, 'not-rsa')).toContain('EC-nøkkel');
  });

  it('rejects RSA keys shorter than 2048 bits', async () => {
    const short = await makeCertificate({ newkey: 'rsa:1024' });
    expect(expectRejected(short.certificatePem, 'rsa-too-short')).toContain(
      'bare 1024 bit',
    );
  });

  it('rejects a certificate whose key usage excludes encryption', async () => {
    const signing = await makeCertificate({
      addext: ['keyUsage=critical,digitalSignature'],
    });
    expect(
      expectRejected(signing.certificatePem, 'not-for-encryption'),
    ).toContain('keyEncipherment');

    const encryption = await makeCertificate({
      addext: ['keyUsage=critical,keyEncipherment,dataEncipherment'],
    });
    expect(() =>
      readCertificate(encryption.certificatePem, new Date()),
    ).not.toThrow();
  });
});
