/**
 * Test-only CMS EnvelopedData decryption with node:crypto, for the test receiver. Accepts only
 * what the delivery must use: KeyTransRecipientInfo with RSAES-OAEP(SHA-256, MGF1-SHA-256) and
 * AES-256-CBC content encryption.
 */
import {
  X509Certificate,
  constants,
  createDecipheriv,
  createPrivateKey,
  privateDecrypt,
} from 'node:crypto';
import { TAG, children, decodeOid, expectTag, readRoot } from '../der';
import { OID, rsaesOaepSha256Identifier } from '../cms-envelope';
import { readX509RawFields } from '../x509-fields';

export function decryptEnvelope(
  der: Buffer,
  privateKeyPem: string,
  certificatePem: string,
): Buffer {
  const contentInfo = children(
    expectTag(readRoot(der), TAG.SEQUENCE, 'ContentInfo'),
  );
  const contentType = expectTag(contentInfo[0], TAG.OID, 'contentType');
  if (decodeOid(contentType.content) !== OID.envelopedData) {
    throw new Error('Not CMS EnvelopedData');
  }
  const wrapper = expectTag(contentInfo[1], 0xa0, '[0] content');
  const enveloped = children(
    expectTag(children(wrapper)[0], TAG.SEQUENCE, 'EnvelopedData'),
  );
  // version, [originatorInfo], recipientInfos, encryptedContentInfo, [unprotectedAttrs]
  const rest = enveloped.slice(1).filter((node) => node.tag !== 0xa0);
  const recipientInfos = children(
    expectTag(rest[0], TAG.SET, 'RecipientInfos'),
  );
  const encryptedContentInfo = children(
    expectTag(rest[1], TAG.SEQUENCE, 'EncryptedContentInfo'),
  );

  const { issuer, serialNumber } = readX509RawFields(
    new X509Certificate(certificatePem).raw,
  );
  const rid = Buffer.concat([issuer, serialNumber]);
  const recipient = recipientInfos
    .filter((info) => info.tag === TAG.SEQUENCE)
    .map((info) => children(info))
    .find(
      (parts) => parts[1]?.tag === TAG.SEQUENCE && parts[1].content.equals(rid),
    );
  if (!recipient) throw new Error('No RecipientInfo for this certificate');
  if (!recipient[2].raw.equals(rsaesOaepSha256Identifier())) {
    throw new Error(
      'keyEncryptionAlgorithm is not RSAES-OAEP with SHA-256/MGF1-SHA-256',
    );
  }
  const encryptedKey = expectTag(
    recipient[3],
    TAG.OCTET_STRING,
    'encryptedKey',
  ).content;
  const contentKey = privateDecrypt(
    {
      key: createPrivateKey(privateKeyPem),
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: 'sha256',
    },
    encryptedKey,
  );

  const algorithm = children(
    expectTag(encryptedContentInfo[1], TAG.SEQUENCE, 'algorithm'),
  );
  if (
    decodeOid(expectTag(algorithm[0], TAG.OID, 'algorithm').content) !==
    OID.aes256Cbc
  ) {
    throw new Error('contentEncryptionAlgorithm is not AES-256-CBC');
  }
  const iv = expectTag(algorithm[1], TAG.OCTET_STRING, 'iv').content;
  const encrypted = expectTag(
    encryptedContentInfo[2],
    0x80,
    'encryptedContent',
  ).content;
  const decipher = createDecipheriv('aes-256-cbc', contentKey, iv);
  return Buffer.concat([decipher.update(encrypted), decipher.final()]);
}
