/**
 * Reads the few X.509 fields node's X509Certificate does not expose in DER form: the issuer Name
 * and serialNumber (for CMS IssuerAndSerialNumber) and the KeyUsage extension.
 */
import {
  TAG,
  children,
  decodeOid,
  expectTag,
  readRoot,
  type DerNode,
} from './der';

const OID_KEY_USAGE = '2.5.29.15';
const EXTENSIONS_TAG = 0xa3; // [3] EXPLICIT Extensions

export interface X509RawFields {
  /** DER of the issuer Name, exactly as in the certificate. */
  issuer: Buffer;
  /** DER of the serialNumber INTEGER, exactly as in the certificate. */
  serialNumber: Buffer;
  /** KeyUsage bits, or undefined when the extension is absent. */
  keyUsage?: {
    digitalSignature: boolean;
    keyEncipherment: boolean;
    dataEncipherment: boolean;
  };
}

function tbsFields(certificateDer: Buffer): DerNode[] {
  const certificate = expectTag(
    readRoot(certificateDer),
    TAG.SEQUENCE,
    'Certificate',
  );
  const tbs = expectTag(
    children(certificate)[0],
    TAG.SEQUENCE,
    'TBSCertificate',
  );
  const fields = children(tbs);
  // Skip the optional [0] EXPLICIT version.
  return fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
}

function readKeyUsage(fields: DerNode[]): X509RawFields['keyUsage'] {
  const extensionsWrapper = fields.find(
    (field) => field.tag === EXTENSIONS_TAG,
  );
  if (!extensionsWrapper) return undefined;
  const extensions = expectTag(
    children(extensionsWrapper)[0],
    TAG.SEQUENCE,
    'Extensions',
  );
  for (const extension of children(extensions)) {
    const parts = children(extension);
    const id = expectTag(parts[0], TAG.OID, 'extnID');
    if (decodeOid(id.content) !== OID_KEY_USAGE) continue;
    const value = expectTag(
      parts[parts.length - 1],
      TAG.OCTET_STRING,
      'extnValue',
    );
    const bits = expectTag(readRoot(value.content), TAG.BIT_STRING, 'KeyUsage');
    const first = bits.content.length > 1 ? bits.content[1] : 0;
    return {
      digitalSignature: (first & 0x80) !== 0,
      keyEncipherment: (first & 0x20) !== 0,
      dataEncipherment: (first & 0x10) !== 0,
    };
  }
  return undefined;
}

export function readX509RawFields(certificateDer: Buffer): X509RawFields {
  const fields = tbsFields(certificateDer);
  const serialNumber = expectTag(fields[0], TAG.INTEGER, 'serialNumber');
  const issuer = expectTag(fields[2], TAG.SEQUENCE, 'issuer');
  return {
    issuer: Buffer.from(issuer.raw),
    serialNumber: Buffer.from(serialNumber.raw),
    keyUsage: readKeyUsage(fields),
  };
}
