import { inflateRawSync } from 'node:zlib';
import { DossierError } from '../errors.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Limits that stop a zip bomb before it is inflated. */
export const ZIP_LIMITS = { maxEntries: 5000, maxTotalBytes: 200 * 1024 * 1024, maxEntryBytes: 100 * 1024 * 1024, maxRatio: 200 };

/** Lists a zip archive from its central directory, refusing archives whose declared sizes are out of bounds. */
export function listZip(bytes: Uint8Array, name: string): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) throw new DossierError('bad-format', `${name}: damaged zip archive (no central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count > ZIP_LIMITS.maxEntries) throw new DossierError('too-large', `${name}: zip archive has ${count} entries`);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new DossierError('bad-format', `${name}: damaged zip archive`);
    const nameLen = buf.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
    };
    total += entry.size;
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > ZIP_LIMITS.maxEntryBytes || total > ZIP_LIMITS.maxTotalBytes || (entry.size > 1 << 20 && ratio > ZIP_LIMITS.maxRatio)) {
      throw new DossierError('too-large', `${name}: zip entry ${entry.name} would inflate to ${(entry.size / 1048576).toFixed(0)} MB (compression ratio ${ratio.toFixed(0)}:1), refused as a possible zip bomb`);
    }
    entries.push(entry);
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Reads one entry, inflating at most its declared size (so a lying header cannot blow up memory). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, name: string): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw new DossierError('bad-format', `${name}: damaged zip entry ${entry.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8) throw new DossierError('unsupported', `${name}: zip entry ${entry.name} uses compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    throw new DossierError('bad-format', `${name}: zip entry ${entry.name} is damaged or larger than it declares`);
  }
}
