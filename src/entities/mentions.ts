/** Finds the person, organisation, place and facility mentions of a document, in text order. */
import type { Doc, Mention } from '../doc/document.js';
import { findChunks } from './chunks.js';
import { resolveChunk } from './resolve.js';

export function findMentions(doc: Doc): Mention[] {
  // Words this text writes in lower case somewhere are ordinary words when they stand alone capitalised.
  const lowerInDoc = new Set<string>();
  for (const t of doc.tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.norm)) lowerInDoc.add(t.norm);
  const out: Mention[] = [];
  for (const chunk of findChunks(doc)) out.push(...resolveChunk(doc, chunk, lowerInDoc));
  return out;
}
