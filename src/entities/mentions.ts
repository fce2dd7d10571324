/** Finds the person, organisation, place and facility mentions of a document, in text order. */
import type { Doc, Mention } from '../doc/document.js';
import { findChunks } from './chunks.js';
import { resolveChunk } from './resolve.js';

const NONE = new Set<string>();

export function findMentions(doc: Doc): Mention[] {
  // Words this text writes in lower case somewhere are ordinary words when they stand alone capitalised.
  const lowerInDoc = new Set<string>();
  for (const t of doc.tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.norm)) lowerInDoc.add(t.norm);
  const chunks = findChunks(doc);
  const found = chunks.map((chunk) => resolveChunk(doc, chunk, lowerInDoc, NONE));
  // A common word alone ("Park", "Young") is a name when the text uses it in a person's full name.
  const personWords = new Set<string>();
  for (const ms of found) for (const m of ms) if (m.type === 'person' && m.text.includes(' ')) for (const w of m.text.split(/\s+/)) personWords.add(w);
  found.forEach((ms, n) => {
    if (!ms.length && chunks[n].words.length === 1 && personWords.has(chunks[n].words[0].text)) found[n] = resolveChunk(doc, chunks[n], lowerInDoc, personWords);
  });
  return found.flat();
}
