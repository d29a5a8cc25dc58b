import { createHash } from 'node:crypto';
import {
  ASICE_MIMETYPE,
  MANIFEST_ENTRY,
  buildAsice,
  type AsiceFile,
} from './asice';
import { listZipEntries, readAsice } from './testing/asice-reader';
import { verifyAsice } from './testing/test-receiver';

const files: AsiceFile[] = [
  {
    name: 'bekymringsmelding.json',
    mimeType: 'application/json',
    content: Buffer.from(JSON.stringify({ barn: 'Ola', bekymring: 'æøå' })),
  },
  {
    name: 'bekymringsmelding.pdf',
    mimeType: 'application/pdf',
    content: Buffer.from('%PDF-1.7\n' + 'x'.repeat(5000)),
  },
];

function sha256Base64(content: Buffer): string {
  return createHash('sha256').update(content).digest('base64');
}

describe('buildAsice', () => {
  it('puts an uncompressed mimetype first, without extra field, at byte 30/38', async () => {
    const zip = await buildAsice(files);
    const entries = listZipEntries(zip);

    expect(entries.map((entry) => entry.name)).toEqual([
      'mimetype',
      'bekymringsmelding.json',
      'bekymringsmelding.pdf',
      MANIFEST_ENTRY,
    ]);
    const [mimetype] = entries;
    expect(mimetype.localHeaderOffset).toBe(0);
    expect(mimetype.method).toBe(0);
    expect(mimetype.localExtraLength).toBe(0);
    expect(mimetype.flags & 0x08).toBe(0); // no data descriptor
    expect(mimetype.data.toString('ascii')).toBe(ASICE_MIMETYPE);
    expect(zip.toString('ascii', 30, 38)).toBe('mimetype');
    expect(zip.toString('ascii', 38, 38 + ASICE_MIMETYPE.length)).toBe(
      ASICE_MIMETYPE,
    );
  });

  it('writes a manifest with the SHA-256 digest of every data file', async () => {
    const contents = await readAsice(await buildAsice(files));
    const manifest = contents.get(MANIFEST_ENTRY)?.toString('utf8') ?? '';

    expect(manifest).toContain(
      '<ASiCManifest xmlns="http://uri.etsi.org/02918/v1.2.1#"',
    );
    expect(manifest).toContain(
      'xmlns:ns2="http://www.w3.org/2000/09/xmldsig#"',
    );
    expect(manifest).not.toContain('SigReference');
    for (const file of files) {
      expect(contents.get(file.name)).toEqual(file.content);
      expect(manifest).toContain(
        `<DataObjectReference URI="${file.name}" MimeType="${file.mimeType}">\n` +
          '    <ns2:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>\n' +
          `    <ns2:DigestValue>${sha256Base64(file.content)}</ns2:DigestValue>\n`,
      );
    }
    expect(() => verifyAsice(contents)).not.toThrow();
  });

  it('is deterministic for the same input', async () => {
    const first = await buildAsice(files);
    const second = await buildAsice(files.map((file) => ({ ...file })));
    expect(second.equals(first)).toBe(true);
  });

  it('escapes XML in names and rejects unsafe or reserved names', async () => {
    const manifest = (
      await readAsice(
        await buildAsice([
          {
            name: 'a&b"<c>.txt',
            mimeType: 'text/plain',
            content: Buffer.from('x'),
          },
        ]),
      )
    )
      .get(MANIFEST_ENTRY)
      ?.toString('utf8');
    expect(manifest).toContain('URI="a&amp;b&quot;&lt;c&gt;.txt"');

    for (const name of [
      'mimetype',
      'META-INF/x.xml',
      '../x',
      '/x',
      'a//b',
      'a\\b',
      '',
    ]) {
      await expect(
        buildAsice([
          { name, mimeType: 'text/plain', content: Buffer.from('x') },
        ]),
      ).rejects.toThrow('Invalid ASiC-E data file name');
    }
    await expect(buildAsice([files[0], files[0]])).rejects.toThrow('Duplicate');
  });
});
