import iconv from 'iconv-lite';
import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';

/** A plain-text file in any common encoding. */
export function ingestText(bytes: Uint8Array, name: string): DocInit {
  const { text, encoding } = decodeText(bytes, name);
  if (text.trim() === '') throw new DossierError('empty', `${name}: contains no text`);
  return { text, format: 'text', metadata: { encoding } };
}

/**
 * Decodes bytes that should be text: UTF-8 (with or without BOM), UTF-16 with BOM,
 * and the legacy single-byte code pages newsrooms still receive (Windows-1252, Windows-1256).
 */
export function decodeText(bytes: Uint8Array, name: string): { text: string; encoding: string } {
  if (bytes.length === 0) throw new DossierError('empty', `${name}: file is empty`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'utf-16be' };
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  if (looksBinary(buf)) throw new DossierError('binary', `${name}: binary data, not text (format not recognised)`);
  const body = buf.subarray(start);
  if (isUtf8(body)) return { text: body.toString('utf8'), encoding: 'utf-8' };
  const encoding = arabicShare(body) > 0.3 ? 'windows-1256' : 'windows-1252';
  return { text: iconv.decode(body, encoding), encoding };
}

function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Share of high bytes that fall in Windows-1256's Arabic letter range. */
function arabicShare(buf: Buffer): number {
  let high = 0;
  let arabic = 0;
  for (const b of buf) {
    if (b < 0x80) continue;
    high++;
    if ((b >= 0xc1 && b <= 0xda) || (b >= 0xdd && b <= 0xe5) || b === 0xe3) arabic++;
  }
  return high === 0 ? 0 : arabic / high;
}
