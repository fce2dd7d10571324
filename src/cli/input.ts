import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';
import { ingestBytes, ingestFile, MAX_FILE_BYTES } from '../ingest/index.js';

/** Reads standard input whole, refusing more than the file size limit. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) throw new DossierError('too-large', `standard input: over the ${MAX_FILE_BYTES / 1048576} MB limit`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a path or `-` (standard input) into a document. */
export async function readInput(path: string): Promise<DocInit> {
  if (path === '-') return ingestBytes(await readStdin(), null);
  return ingestFile(path);
}
