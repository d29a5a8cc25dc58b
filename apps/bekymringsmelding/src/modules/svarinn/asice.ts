/**
 * Builds an unsigned ASiC-E container (ETSI EN 319 162 / TS 102 918): a zip whose first entry is
 * an uncompressed `mimetype`, then the data files, then META-INF/asicmanifest.xml listing each
 * data file with its SHA-256 digest.
 */
import { createHash } from 'node:crypto';
import { ZipFile } from 'yazl';

export interface AsiceFile {
  name: string;
  mimeType: string;
  content: Buffer;
}

export const ASICE_MIMETYPE = 'application/vnd.etsi.asic-e+zip';
export const MIMETYPE_ENTRY = 'mimetype';
export const MANIFEST_ENTRY = 'META-INF/asicmanifest.xml';

const ASIC_NAMESPACE = 'http://uri.etsi.org/02918/v1.2.1#';
const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';
const SHA256_ALGORITHM = 'http://www.w3.org/2001/04/xmlenc#sha256';

/**
 * Fixed timestamp for every entry so equal input gives equal bytes. Built from local-time fields
 * and written as a plain DOS timestamp (no extra field), so the bytes do not depend on the time
 * zone either.
 */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function checkName(name: string, seen: Set<string>): void {
  const invalid =
    name.length === 0 ||
    name === MIMETYPE_ENTRY ||
    name.startsWith('META-INF/') ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name
      .split('/')
      .some((part) => part === '' || part === '.' || part === '..');
  if (invalid)
    throw new Error(`Invalid ASiC-E data file name: ${JSON.stringify(name)}`);
  if (seen.has(name))
    throw new Error(`Duplicate ASiC-E data file name: ${name}`);
  seen.add(name);
}

export function buildManifest(files: readonly AsiceFile[]): string {
  const references = files.map((file) => {
    const digest = createHash('sha256').update(file.content).digest('base64');
    return (
      `  <DataObjectReference URI="${escapeXml(file.name)}" MimeType="${escapeXml(file.mimeType)}">\n` +
      `    <ns2:DigestMethod Algorithm="${SHA256_ALGORITHM}"/>\n` +
      `    <ns2:DigestValue>${digest}</ns2:DigestValue>\n` +
      `  </DataObjectReference>\n`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<ASiCManifest xmlns="${ASIC_NAMESPACE}" xmlns:ns2="${XMLDSIG_NAMESPACE}">\n` +
    references.join('') +
    '</ASiCManifest>\n'
  );
}

/** Packs the data files into an unsigned ASiC-E container. Deterministic for the same input. */
export async function buildAsice(files: readonly AsiceFile[]): Promise<Buffer> {
  const seen = new Set<string>();
  for (const file of files) checkName(file.name, seen);

  const zip = new ZipFile();
  const common = {
    mtime: FIXED_MTIME,
    mode: 0o100644,
    forceDosTimestamp: true,
  };
  // First entry, stored, no extra field: the mime type then sits at byte 38 of the zip.
  zip.addBuffer(Buffer.from(ASICE_MIMETYPE, 'ascii'), MIMETYPE_ENTRY, {
    ...common,
    compress: false,
  });
  for (const file of files) {
    zip.addBuffer(file.content, file.name, { ...common, compress: true });
  }
  zip.addBuffer(Buffer.from(buildManifest(files), 'utf8'), MANIFEST_ENTRY, {
    ...common,
    compress: true,
  });
  zip.end();

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
