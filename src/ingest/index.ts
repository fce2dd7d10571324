import { readFile, stat } from 'node:fs/promises';
import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';
import { decodeText } from './text.js';

/** Largest file read whole; bigger inputs are refused before they are loaded. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a file from disk into a document ready for the pipeline. */
export async function ingestFile(path: string): Promise<DocInit> {
  const info = await stat(path);
  if (info.isDirectory()) throw new DossierError('unreadable', `${path}: is a directory`);
  if (info.size > MAX_FILE_BYTES) {
    throw new DossierError('too-large', `${path}: ${(info.size / 1048576).toFixed(0)} MB is over the ${MAX_FILE_BYTES / 1048576} MB limit`);
  }
  return ingestBytes(await readFile(path), path);
}

/** Turns raw bytes into a document, whatever their format. */
export async function ingestBytes(bytes: Uint8Array, source: string | null): Promise<DocInit> {
  const name = source ?? 'input';
  if (bytes.length > MAX_FILE_BYTES) throw new DossierError('too-large', `${name}: over the ${MAX_FILE_BYTES / 1048576} MB limit`);
  const { text, encoding } = decodeText(bytes, name);
  if (text.trim() === '') throw new DossierError('empty', `${name}: contains no text`);
  return { text, source, format: 'text', metadata: { encoding } };
}
