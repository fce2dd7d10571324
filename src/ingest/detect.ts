/** Formats recognised from the first bytes of a file, never from its name. */
export type Format = 'pdf' | 'docx' | 'zip' | 'image' | 'html' | 'eml' | 'text' | 'unsupported';

interface Magic {
  bytes: number[];
  offset?: number;
  format: Format;
  kind: string;
}

/** Signatures at fixed offsets; `kind` names the exact type for messages and metadata. */
const MAGIC: Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], format: 'pdf', kind: 'pdf' }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], format: 'zip', kind: 'zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], format: 'zip', kind: 'zip' }, // empty archive
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], format: 'image', kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], format: 'image', kind: 'jpeg' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], format: 'image', kind: 'tiff' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], format: 'image', kind: 'tiff' },
  { bytes: [0x47, 0x49, 0x46, 0x38], format: 'image', kind: 'gif' },
  { bytes: [0x42, 0x4d], format: 'image', kind: 'bmp' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, format: 'image', kind: 'webp' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], format: 'unsupported', kind: 'legacy Office (OLE2) file' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], format: 'unsupported', kind: 'RTF document' }, // {\rtf
  { bytes: [0x1f, 0x8b], format: 'unsupported', kind: 'gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], format: 'unsupported', kind: '7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], format: 'unsupported', kind: 'RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], format: 'unsupported', kind: 'executable (ELF)' },
  { bytes: [0x4d, 0x5a], format: 'unsupported', kind: 'executable (Windows)' },
];

/** Header names that open an RFC 5322 message; at least two must appear at the start. */
const MAIL_HEADERS = /^(received|from|to|subject|date|message-id|mime-version|return-path|delivered-to|x-[\w-]+|reply-to|cc|content-type|dkim-signature|authentication-results):/i;

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])/i;

/** A fragment saved without <html>: it opens with a tag and closes common ones. */
const HTML_CLOSING = /<\/(p|div|span|a|td|li|h[1-6]|article|section|table)>/i;

export interface Detected {
  format: Format;
  kind: string;
}

export function detectFormat(bytes: Uint8Array): Detected {
  for (const m of MAGIC) {
    const at = m.offset ?? 0;
    if (bytes.length >= at + m.bytes.length && m.bytes.every((b, i) => bytes[at + i] === b)) {
      if (m.format === 'zip') return { format: zipKind(bytes), kind: zipKind(bytes) === 'docx' ? 'docx' : 'zip' };
      return { format: m.format, kind: m.kind };
    }
  }
  const head = sniffText(bytes);
  if (HTML_START.test(head) || (/^\s*<[a-z]/i.test(head) && HTML_CLOSING.test(head))) return { format: 'html', kind: 'html' };
  if (looksLikeMail(head)) return { format: 'eml', kind: 'eml' };
  return { format: 'text', kind: 'text' };
}

/** A zip is a Word document when it holds word/document.xml (named in a local header near the start). */
function zipKind(bytes: Uint8Array): Format {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 20)).toString('latin1');
  if (sample.includes('word/document.xml') || sample.includes('word/_rels')) return 'docx';
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.byteLength - 65536), Math.min(bytes.byteLength, 65536)).toString('latin1');
  return tail.includes('word/document.xml') ? 'docx' : 'zip';
}

/** The first 4 KB as text, after a UTF-8 or UTF-16 byte-order mark. */
function sniffText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096));
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2, buf.length - (buf.length % 2))).swap16().toString('utf16le');
  return buf.toString('latin1').replace(/^\xef\xbb\xbf/, '');
}

function looksLikeMail(head: string): boolean {
  let known = 0;
  const lines = head.split(/\r?\n/);
  for (const [i, line] of lines.slice(0, 60).entries()) {
    if (line === '') break;
    if (/^[ \t]/.test(line) || (i === 0 && line.startsWith('From '))) continue;
    if (!/^[!-9;-~]+:/.test(line)) return false;
    if (MAIL_HEADERS.test(line)) known++;
  }
  return known >= 2;
}
