/** Finds the person, organisation, place and facility mentions of a document, in text order. */
import type { Doc, Mention } from '../doc/document.js';
import { findChunks, type Chunk } from './chunks.js';
import { mentionAt } from './mention.js';
import { resolveChunk } from './resolve.js';

const NONE = new Set<string>();

/**
 * "Toza Suv (Clean Water)": ordinary capitalised words alone in parentheses right after an
 * organisation's name are its name in another language.
 */
function translated(doc: Doc, chunk: Chunk, before: Mention[]): Mention[] | null {
  const org = before[before.length - 1];
  const open = doc.tokens[chunk.first - 1];
  const close = doc.tokens[chunk.next];
  if (!org || org.type !== 'organization' || open?.norm !== '(' || close?.norm !== ')' || chunk.words.length < 2) return null;
  if (doc.text.slice(org.end, open.start).trim() !== '') return null;
  const last = chunk.words[chunk.words.length - 1];
  return [mentionAt(doc, chunk.words[0].start, last.end, 'organization', 'translation in parentheses')];
}

const OPEN_QUOTE = new Set(['"', "'", '\u00ab', '\u201c', '\u2018']);
const CLOSE_QUOTE = new Set(['"', "'", '\u00bb', '\u201d', '\u2019']);
/** "dubbed Henrik Aalto 'Hammer'": the cue, then the person, then the nickname. */
const CUE_THEN_NAME = /\b(?:nicknamed|dubbed|called)\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,4}$/u;
const NICKNAME_CUE = /\b(?:nicknamed|dubbed|known as|called|alias|aka|a\.k\.a\.)\s*$/i;

/**
 * "nicknamed « Stamp »", "known as "the Mechanic"": an ordinary word in quotes after a naming cue is a
 * name all the same.
 */
function nickname(doc: Doc, chunk: Chunk): Mention[] | null {
  let open = chunk.first - 1;
  if (/^the$/i.test(doc.tokens[open]?.norm ?? '')) open--;
  const close = doc.tokens[chunk.next];
  if (!OPEN_QUOTE.has(doc.tokens[open]?.norm ?? '') || !close || !CLOSE_QUOTE.has(close.norm) || chunk.words.length > 3) return null;
  const at = doc.tokens[open].start;
  const before = doc.text.slice(Math.max(0, at - 60), at);
  if (!NICKNAME_CUE.test(before) && !CUE_THEN_NAME.test(before)) return null;
  const last = chunk.words[chunk.words.length - 1];
  return [mentionAt(doc, chunk.words[0].start, last.end, 'other', 'nickname in quotes')];
}

export function findMentions(doc: Doc): Mention[] {
  // Words this text writes in lower case somewhere are ordinary words when they stand alone capitalised.
  const lowerInDoc = new Set<string>();
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    const c = t.norm.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(t.norm))) lowerInDoc.add(t.norm);
  }
  const chunks = findChunks(doc);
  const found = chunks.map((chunk) => resolveChunk(doc, chunk, lowerInDoc, NONE));
  // A common word alone ("Park", "Young") is a name when the text uses it in a person's full name.
  const personWords = new Set<string>();
  for (const ms of found) for (const m of ms) if (m.type === 'person' && m.text.includes(' ')) for (const w of m.text.split(/\s+/)) personWords.add(w);
  found.forEach((ms, n) => {
    if (!ms.length && chunks[n].words.length === 1 && personWords.has(chunks[n].words[0].text)) found[n] = resolveChunk(doc, chunks[n], lowerInDoc, personWords);
    if (!found[n].length && n > 0) found[n] = translated(doc, chunks[n], found[n - 1]) ?? found[n];
    if (!found[n].length) found[n] = nickname(doc, chunks[n]) ?? found[n];
  });
  return found.flat();
}
