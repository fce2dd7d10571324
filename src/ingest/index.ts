import { open, stat } from 'node:fs/promises';
import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';
import { detectFormat } from './detect.js';
import { ingestImage } from './image.js';
import { detectLanguage } from './language.js';
import { attachScanText } from './scan.js';
import { parseInWorker } from './sandbox.js';
import { ingestText } from './text.js';

/** Largest file read whole; bigger inputs are refused before they are loaded. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Longest text analysed: the pipeline holds every span of a document in memory, about 300 bytes
 * per character of text, so this bounds one file's memory (about 600 MB) and time.
 */
export const MAX_TEXT_CHARS = 2_000_000;
/** E-mails inside e-mails are followed this deep. */
const MAX_DEPTH = 3;

/** A document and, for an e-mail, the documents of its attachments (in order, nested ones included). */
export interface Ingested {
  doc: DocInit;
  parts: DocInit[];
}

/** Reads a file from disk into a document ready for the pipeline. */
export async function ingestFile(path: string): Promise<DocInit> {
  return (await ingestFileParts(path)).doc;
}

/** Turns raw bytes into a document, whatever their format. */
export async function ingestBytes(bytes: Uint8Array, source: string | null): Promise<DocInit> {
  return (await ingestParts(bytes, source)).doc;
}

/** Reads a file and the attachments inside it. */
export async function ingestFileParts(path: string): Promise<Ingested> {
  const info = await stat(path);
  if (info.isDirectory()) throw new DossierError('unreadable', `${path}: is a directory`);
  if (!info.isFile()) throw new DossierError('unreadable', `${path}: not a regular file`);
  if (info.size > MAX_FILE_BYTES) {
    throw new DossierError('too-large', `${path}: ${(info.size / 1048576).toFixed(0)} MB is over the ${MAX_FILE_BYTES / 1048576} MB limit`);
  }
  return ingestParts(await readBounded(path), path);
}

/** Turns raw bytes into a document and the documents of any attachments. */
export async function ingestParts(bytes: Uint8Array, source: string | null, depth = 0): Promise<Ingested> {
  const name = source ?? 'standard input';
  if (bytes.length > MAX_FILE_BYTES) throw new DossierError('too-large', `${name}: over the ${MAX_FILE_BYTES / 1048576} MB limit`);
  if (bytes.length === 0) throw new DossierError('empty', `${name}: file is empty`);
  const { format, kind } = detectFormat(bytes);
  let doc: DocInit;
  let parts: DocInit[] = [];
  if (format === 'unsupported') throw new DossierError('unsupported', `${name}: ${kind} is not a supported format`);
  if (format === 'zip') throw new DossierError('unsupported', `${name}: zip archive that is not a Word document; unpack it first`);
  if (format === 'text') doc = ingestText(bytes, name);
  else if (format === 'image') doc = await ingestImage(bytes, name, kind);
  else {
    const parsed = await parseInWorker(format, bytes, name);
    doc = parsed.doc;
    if (parsed.ocrPages?.length) doc = await attachScanText(doc, bytes, parsed.pages ?? [], parsed.ocrPages, name);
    if (parsed.attachments?.length) {
      const out = await ingestAttachments(parsed.attachments, doc, name, depth);
      doc.metadata = { ...doc.metadata, attachments: out.summary };
      parts = out.parts;
    }
  }
  if (!doc.text.trim()) throw new DossierError('empty', `${name}: contains no text`);
  if (doc.text.length > MAX_TEXT_CHARS) {
    throw new DossierError('too-large', `${name}: ${doc.text.length} characters of text is over the ${MAX_TEXT_CHARS} limit; split the file`);
  }
  doc.source = source;
  doc.language ??= detectLanguage(doc.text);
  return { doc, parts };
}

async function ingestAttachments(list: { filename: string | null; contentType: string | null; bytes: Uint8Array }[], mail: DocInit, name: string, depth: number) {
  const summary: Record<string, unknown>[] = [];
  const parts: DocInit[] = [];
  const sent = typeof mail.metadata?.sent === 'string' ? mail.metadata.sent : null;
  for (const [i, a] of list.entries()) {
    const source = `${name}#${a.filename ?? `attachment-${i + 1}`}`;
    const entry: Record<string, unknown> = { filename: a.filename, contentType: a.contentType, bytes: a.bytes.length, source };
    try {
      if (depth >= MAX_DEPTH) throw new DossierError('unsupported', `${source}: attachments nested deeper than ${MAX_DEPTH} levels are not read`);
      const inner = await ingestParts(a.bytes, source, depth + 1);
      inner.doc.metadata = { ...inner.doc.metadata, attachedTo: { source: name, sent } };
      Object.assign(entry, { format: inner.doc.format, title: inner.doc.title ?? null, language: inner.doc.language ?? null, characters: inner.doc.text.length });
      parts.push(inner.doc, ...inner.parts);
    } catch (err) {
      entry.error = err instanceof DossierError ? err.message : `${source}: cannot be read`;
    }
    summary.push(entry);
  }
  return { summary, parts };
}

/** Reads a file whole, but never more than the limit even if it grows while being read. */
async function readBounded(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_FILE_BYTES) throw new DossierError('too-large', `${path}: over the ${MAX_FILE_BYTES / 1048576} MB limit`);
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}
