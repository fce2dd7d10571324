import mammoth from 'mammoth';
import { DossierError } from '../errors.js';
import { readDocxProps } from './docx-props.js';
import type { Parsed } from './parsed.js';
import { listZip, readZipEntry } from './zip.js';

/** A Word document: its text (paragraphs kept) and its core and app properties. */
export async function parseDocx(bytes: Uint8Array, name: string): Promise<Parsed> {
  const entries = listZip(bytes, name);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new DossierError('bad-format', `${name}: zip archive without word/document.xml`);
  const part = (path: string) => {
    const entry = entries.find((e) => e.name === path);
    return entry ? readZipEntry(bytes, entry, name).toString('utf8') : null;
  };
  // The Word reader inflates parts whole; first prove each XML part inflates within the size it declares.
  for (const entry of entries) if (/\.(xml|rels)$/i.test(entry.name)) readZipEntry(bytes, entry, name);
  const props = readDocxProps(part('docProps/core.xml'), part('docProps/app.xml'));
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (err) {
    throw new DossierError('bad-format', `${name}: not a readable Word document (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  text = text.replace(/\n{3,}/g, '\n\n').trim();
  const title = typeof props.title === 'string' ? props.title : null;
  return { doc: { text, format: 'docx', title, metadata: { ...props, comments: entries.some((e) => e.name === 'word/comments.xml') } } };
}
