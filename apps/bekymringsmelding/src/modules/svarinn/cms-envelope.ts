/**
 * CMS EnvelopedData (RFC 5652) for one recipient certificate:
 * key transport RSAES-OAEP with SHA-256 and MGF1-SHA-256 (RFC 4055/8017), content encryption
 * AES-256-CBC (RFC 3565). Output is DER, the same layout `openssl cms -encrypt -aes256
 * -keyopt rsa_padding_mode:oaep -keyopt rsa_oaep_md:sha256 -keyopt rsa_mgf1_md:sha256` produces.
 *
 * Written on node:crypto with a small DER writer rather than pkijs: pkijs/asn1js v4 are ES-module
 * only and jest's module loader cannot require them in this repository.
 */
import {
  X509Certificate,
  constants,
  createCipheriv,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';
import {
  explicit,
  implicitPrimitive,
  octetString,
  oid,
  sequence,
  setOf,
  smallInteger,
} from './der';
import { readX509RawFields } from './x509-fields';

export const OID = {
  envelopedData: '1.2.840.113549.1.7.3',
  data: '1.2.840.113549.1.7.1',
  rsaesOaep: '1.2.840.113549.1.1.7',
  mgf1: '1.2.840.113549.1.1.8',
  sha256: '2.16.840.1.101.3.4.2.1',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
} as const;

const CONTENT_KEY_BYTES = 32;
const AES_BLOCK_BYTES = 16;

/** AlgorithmIdentifier for SHA-256 with absent parameters (RFC 5754), as OpenSSL writes it. */
function sha256Identifier(): Buffer {
  return sequence(oid(OID.sha256));
}

/** id-RSAES-OAEP with RSAES-OAEP-params { hashFunc sha256, maskGenFunc mgf1(sha256) }. */
export function rsaesOaepSha256Identifier(): Buffer {
  return sequence(
    oid(OID.rsaesOaep),
    sequence(
      explicit(0, sha256Identifier()),
      explicit(1, sequence(oid(OID.mgf1), sha256Identifier())),
    ),
  );
}

/** Encrypts `content` for the holder of the certificate's private key. Returns DER ContentInfo. */
export async function encryptForCertificate(
  content: Buffer,
  certificatePem: string,
): Promise<Buffer> {
  const certificate = new X509Certificate(certificatePem);
  if (certificate.publicKey.asymmetricKeyType !== 'rsa') {
    throw new Error('The recipient certificate must hold an RSA key');
  }
  const { issuer, serialNumber } = readX509RawFields(certificate.raw);

  const contentKey = randomBytes(CONTENT_KEY_BYTES);
  const iv = randomBytes(AES_BLOCK_BYTES);
  const cipher = createCipheriv('aes-256-cbc', contentKey, iv);
  const encryptedContent = Buffer.concat([
    cipher.update(content),
    cipher.final(),
  ]);

  // OpenSSL uses the OAEP digest for MGF1 when no MGF1 digest is set: MGF1-SHA-256.
  const encryptedKey = publicEncrypt(
    {
      key: certificate.publicKey,
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: 'sha256',
    },
    contentKey,
  );
  contentKey.fill(0);

  const keyTransRecipientInfo = sequence(
    smallInteger(0), // version 0: rid is issuerAndSerialNumber
    sequence(issuer, serialNumber),
    rsaesOaepSha256Identifier(),
    octetString(encryptedKey),
  );
  const encryptedContentInfo = sequence(
    oid(OID.data),
    sequence(oid(OID.aes256Cbc), octetString(iv)),
    implicitPrimitive(0, encryptedContent),
  );
  const envelopedData = sequence(
    smallInteger(0), // version 0: no originatorInfo, only version-0 KeyTransRecipientInfo
    setOf(keyTransRecipientInfo),
    encryptedContentInfo,
  );
  return sequence(oid(OID.envelopedData), explicit(0, envelopedData));
}
