/**
 * Validates the kommune's encryption certificate uploaded in the set-up wizard. Every rejection
 * carries a Norwegian message a person can act on.
 */
import { X509Certificate } from 'node:crypto';
import { readX509RawFields } from './x509-fields';

export interface CertificateInfo {
  /** Subject as "C=NO, O=..., CN=...". */
  subject: string;
  /** End of validity, ISO 8601. */
  gyldigTil: string;
  /** SHA-256 fingerprint, upper-case hex separated by colons. */
  fingeravtrykk: string;
  /** The certificate alone, normalised PEM. */
  pem: string;
}

export type InvalidCertificateReason =
  | 'not-pem'
  | 'private-key'
  | 'certificate-request'
  | 'multiple-certificates'
  | 'unreadable'
  | 'expired'
  | 'not-yet-valid'
  | 'not-rsa'
  | 'rsa-too-short'
  | 'not-for-encryption';

export class InvalidCertificateError extends Error {
  constructor(
    readonly reason: InvalidCertificateReason,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidCertificateError';
  }
}

export const MIN_RSA_BITS = 2048;

const CERTIFICATE_BLOCK =
  /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const PRIVATE_KEY_MARKER = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const CERTIFICATE_REQUEST_MARKER = /-----BEGIN (NEW )?CERTIFICATE REQUEST-----/;

const MESSAGES = {
  notPem:
    'Filen er ikke et sertifikat i PEM-format (-----BEGIN CERTIFICATE-----).',
  privateKey:
    'Filen inneholder en privat nøkkel. Last aldri opp den private nøkkelen – den skal bare ' +
    'finnes hos kommunen. Last opp kun sertifikatet (-----BEGIN CERTIFICATE-----). Har nøkkelen ' +
    'vært delt med andre, bør kommunen bestille nytt sertifikat.',
  certificateRequest:
    'Filen er en sertifikatforespørsel (CSR), ikke et sertifikat. Last opp sertifikatet ' +
    'kommunen har fått utstedt (-----BEGIN CERTIFICATE-----).',
  unreadable:
    'Sertifikatet kunne ikke leses. Filen kan være skadet eller ufullstendig – last ned ' +
    'sertifikatet på nytt og prøv igjen.',
} as const;

function formatDate(date: Date): string {
  return date.toLocaleDateString('nb-NO', {
    timeZone: 'Europe/Oslo',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

function parseCertificate(block: string): X509Certificate {
  try {
    return new X509Certificate(block);
  } catch {
    throw new InvalidCertificateError('unreadable', MESSAGES.unreadable);
  }
}

function checkValidity(certificate: X509Certificate, now: Date): Date {
  const validFrom = new Date(certificate.validFrom);
  const validTo = new Date(certificate.validTo);
  if (Number.isNaN(validFrom.getTime()) || Number.isNaN(validTo.getTime())) {
    throw new InvalidCertificateError('unreadable', MESSAGES.unreadable);
  }
  if (now.getTime() < validFrom.getTime()) {
    throw new InvalidCertificateError(
      'not-yet-valid',
      `Sertifikatet er ikke gyldig ennå. Det gjelder fra ${formatDate(validFrom)}. ` +
        'Last opp et sertifikat som er gyldig nå, eller vent til gyldighetsperioden starter.',
    );
  }
  if (now.getTime() > validTo.getTime()) {
    throw new InvalidCertificateError(
      'expired',
      `Sertifikatet er utløpt (gyldig til ${formatDate(validTo)}). Last opp kommunens nye, ` +
        'gyldige krypteringssertifikat.',
    );
  }
  return validTo;
}

function checkKey(certificate: X509Certificate): void {
  const key = certificate.publicKey;
  if (key.asymmetricKeyType !== 'rsa') {
    throw new InvalidCertificateError(
      'not-rsa',
      `Sertifikatet har en ${String(key.asymmetricKeyType ?? 'ukjent').toUpperCase()}-nøkkel. ` +
        'SvarInn krever et sertifikat med RSA-nøkkel. Last opp kommunens krypteringssertifikat ' +
        'med RSA-nøkkel.',
    );
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) {
    throw new InvalidCertificateError(
      'rsa-too-short',
      `RSA-nøkkelen i sertifikatet er bare ${bits} bit. Den må være minst ${MIN_RSA_BITS} bit. ` +
        'Be om et nytt sertifikat med lengre nøkkel.',
    );
  }
}

function checkKeyUsage(certificate: X509Certificate): void {
  let keyUsage;
  try {
    keyUsage = readX509RawFields(certificate.raw).keyUsage;
  } catch {
    throw new InvalidCertificateError('unreadable', MESSAGES.unreadable);
  }
  if (keyUsage && !keyUsage.keyEncipherment) {
    throw new InvalidCertificateError(
      'not-for-encryption',
      'Sertifikatet kan ikke brukes til kryptering (nøkkelbruk mangler «keyEncipherment»). ' +
        'Kommunen har ofte flere virksomhetssertifikater – last opp krypteringssertifikatet, ' +
        'ikke signerings- eller autentiseringssertifikatet.',
    );
  }
}

/**
 * Reads and validates a PEM certificate for encrypting deliveries to the kommune.
 * @throws InvalidCertificateError with a Norwegian message for the user.
 */
export function readCertificate(pem: string, now: Date): CertificateInfo {
  const text = pem.replace(/^\uFEFF/, '');
  if (PRIVATE_KEY_MARKER.test(text)) {
    throw new InvalidCertificateError('private-key', MESSAGES.privateKey);
  }
  const blocks = text.match(CERTIFICATE_BLOCK) ?? [];
  if (blocks.length === 0) {
    if (CERTIFICATE_REQUEST_MARKER.test(text)) {
      throw new InvalidCertificateError(
        'certificate-request',
        MESSAGES.certificateRequest,
      );
    }
    throw new InvalidCertificateError('not-pem', MESSAGES.notPem);
  }
  if (blocks.length > 1) {
    throw new InvalidCertificateError(
      'multiple-certificates',
      `Filen inneholder ${blocks.length} sertifikater. Last opp bare kommunens ` +
        'krypteringssertifikat (ett sertifikat), ikke hele sertifikatkjeden.',
    );
  }

  const certificate = parseCertificate(blocks[0] as string);
  const validTo = checkValidity(certificate, now);
  checkKey(certificate);
  checkKeyUsage(certificate);

  return {
    subject: certificate.subject.split('\n').join(', '),
    gyldigTil: validTo.toISOString(),
    fingeravtrykk: certificate.fingerprint256,
    pem: certificate.toString(),
  };
}
