/**
 * Minimal zip reader for tests and the test receiver: walks the central directory and inflates
 * entries with node:zlib. Supports stored and deflated entries, no zip64, no encryption.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  /** General purpose bit flag from the local header. */
  flags: number;
  localHeaderOffset: number;
  /** Length of the local header's extra field. */
  localExtraLength: number;
  data: Buffer;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEndOfCentralDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset--) {
    if (zip.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  throw new Error('Not a zip file: end of central directory not found');
}

/** Entries in central-directory order, with their uncompressed data. */
export function listZipEntries(zip: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
      throw new Error('Corrupt zip: bad central directory entry');
    }
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeaderOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;

    if (zip.readUInt32LE(localHeaderOffset) !== LOCAL_SIGNATURE) {
      throw new Error(`Corrupt zip: bad local header for ${name}`);
    }
    const flags = zip.readUInt16LE(localHeaderOffset + 6);
    const localNameLength = zip.readUInt16LE(localHeaderOffset + 26);
    const localExtraLength = zip.readUInt16LE(localHeaderOffset + 28);
    const dataStart =
      localHeaderOffset + 30 + localNameLength + localExtraLength;
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else
      throw new Error(
        `Unsupported zip compression method ${method} for ${name}`,
      );
    if (data.length !== size || crc32(data) >>> 0 !== crc) {
      throw new Error(`Corrupt zip: size or CRC mismatch for ${name}`);
    }
    entries.push({
      name,
      method,
      flags,
      localHeaderOffset,
      localExtraLength,
      data,
    });
  }
  return entries;
}

/** All entries of an ASiC-E container by name. */
export async function readAsice(zip: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of listZipEntries(zip)) {
    if (files.has(entry.name))
      throw new Error(`Duplicate zip entry ${entry.name}`);
    files.set(entry.name, entry.data);
  }
  return files;
}
