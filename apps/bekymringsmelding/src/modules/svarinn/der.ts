/**
 * Minimal ASN.1 DER writer and reader: just enough for CMS EnvelopedData and for reading a few
 * fields of an X.509 certificate. Only low tag numbers (< 31) and definite lengths are supported,
 * which is all DER ever uses for these structures.
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** One decoded TLV. `raw` is the whole TLV, `content` only the value bytes. */
export interface DerNode {
  tag: number;
  raw: Buffer;
  content: Buffer;
}

export class DerError extends Error {
  constructor(message: string) {
    super(`DER: ${message}`);
    this.name = 'DerError';
  }
}

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) {
    bytes.unshift(rest & 0xff);
  }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from([tag]),
    encodeLength(content.length),
    content,
  ]);
}

export function sequence(...items: Buffer[]): Buffer {
  return tlv(TAG.SEQUENCE, Buffer.concat(items));
}

/** DER SET OF: elements must be sorted by their encoding. */
export function setOf(...items: Buffer[]): Buffer {
  return tlv(TAG.SET, Buffer.concat([...items].sort(Buffer.compare)));
}

export function octetString(content: Buffer): Buffer {
  return tlv(TAG.OCTET_STRING, content);
}

export function smallInteger(value: number): Buffer {
  if (!Number.isInteger(value) || value < 0 || value > 127) {
    throw new DerError(`smallInteger supports 0..127, got ${value}`);
  }
  return tlv(TAG.INTEGER, Buffer.from([value]));
}

/** [n] EXPLICIT: constructed context-specific tag wrapping a complete TLV. */
export function explicit(tagNumber: number, inner: Buffer): Buffer {
  return tlv(0xa0 | tagNumber, inner);
}

/** [n] IMPLICIT on a primitive type (e.g. OCTET STRING). */
export function implicitPrimitive(tagNumber: number, content: Buffer): Buffer {
  return tlv(0x80 | tagNumber, content);
}

export function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map((arc) => {
    if (!/^\d+$/.test(arc)) throw new DerError(`invalid OID ${dotted}`);
    return BigInt(arc);
  });
  if (arcs.length < 2) throw new DerError(`invalid OID ${dotted}`);
  const values = [arcs[0] * 40n + arcs[1], ...arcs.slice(2)];
  const bytes: number[] = [];
  for (const value of values) {
    const chunk: number[] = [Number(value & 0x7fn)];
    for (let rest = value >> 7n; rest > 0n; rest >>= 7n) {
      chunk.unshift(Number(rest & 0x7fn) | 0x80);
    }
    bytes.push(...chunk);
  }
  return tlv(TAG.OID, Buffer.from(bytes));
}

export function decodeOid(content: Buffer): string {
  const values: bigint[] = [];
  let current = 0n;
  for (const byte of content) {
    current = (current << 7n) | BigInt(byte & 0x7f);
    if ((byte & 0x80) === 0) {
      values.push(current);
      current = 0n;
    }
  }
  if (values.length === 0) throw new DerError('empty OID');
  const first = values[0];
  const head = first < 80n ? [first / 40n, first % 40n] : [2n, first - 80n];
  return [...head, ...values.slice(1)].map(String).join('.');
}

/** Reads the TLV starting at `offset`. */
export function readNode(buffer: Buffer, offset = 0): DerNode {
  if (offset + 2 > buffer.length) throw new DerError('truncated header');
  const tag = buffer[offset];
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers unsupported');
  let length = buffer[offset + 1];
  let headerLength = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0) throw new DerError('indefinite length is not DER');
    if (count > 4) throw new DerError('length too large');
    if (offset + 2 + count > buffer.length) {
      throw new DerError('truncated length');
    }
    length = 0;
    for (let i = 0; i < count; i++) {
      length = length * 256 + buffer[offset + 2 + i];
    }
    headerLength += count;
  }
  const end = offset + headerLength + length;
  if (end > buffer.length) throw new DerError('value runs past end of input');
  return {
    tag,
    raw: buffer.subarray(offset, end),
    content: buffer.subarray(offset + headerLength, end),
  };
}

/** Reads a complete DER value and rejects trailing bytes. */
export function readRoot(buffer: Buffer): DerNode {
  const node = readNode(buffer);
  if (node.raw.length !== buffer.length) {
    throw new DerError('trailing bytes after value');
  }
  return node;
}

/** Children of a constructed node. */
export function children(node: DerNode): DerNode[] {
  if ((node.tag & 0x20) === 0) {
    throw new DerError(`tag 0x${node.tag.toString(16)} is not constructed`);
  }
  const result: DerNode[] = [];
  for (let offset = 0; offset < node.content.length; ) {
    const child = readNode(node.content, offset);
    result.push(child);
    offset += child.raw.length;
  }
  return result;
}

export function expectTag(
  node: DerNode | undefined,
  tag: number,
  what: string,
): DerNode {
  if (!node || node.tag !== tag) {
    throw new DerError(
      `expected ${what} (tag 0x${tag.toString(16)}), got ${node ? `0x${node.tag.toString(16)}` : 'nothing'}`,
    );
  }
  return node;
}
