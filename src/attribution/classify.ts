import type { Doc } from '../doc/document.js';
import type { ClaimSource } from '../dossier/contract.js';
import { ANONYMITY_MARKERS, ANONYMOUS_MODIFIERS, ANONYMOUS_NOUNS, AUTHOR_WORDS, DOCUMENT_NOUNS, ORGANIZATION_WORDS, PRONOUNS } from './cues.js';
import { lastPersonBefore, mentionsWithin, type IndexedMention } from './mentions.js';

const alt = (words: string[]) => words.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const MARKER = new RegExp(`\\b(?:${alt(ANONYMITY_MARKERS.words)})\\b`, 'i');
const ANON_NOUN = new RegExp(`\\b(?:${alt(ANONYMOUS_NOUNS.words)})\\b`, 'gi');
const DOC_NOUN = new RegExp(`\\b(?:${alt(DOCUMENT_NOUNS.words)})\\b`, 'gi');
const PRONOUN = new RegExp(`^(?:${alt(PRONOUNS.words)})$`, 'i');
const AUTHOR = new RegExp(`^(?:${alt(AUTHOR_WORDS.words)})$`, 'i');
const MODIFIERS = new Set(ANONYMOUS_MODIFIERS.words);
const ORG_WORDS = new Set(ORGANIZATION_WORDS.words);
const LEADING = new Set('the a an this that these those it in on at but and as since'.split(' '));
const STOP = new Set('of to in that which who and or by with from on as for at is was are were has had have said told'.split(' '));
const NAME = /\p{Lu}[\p{L}'-]+(?:\s+(?:(?:al|el|de|van|von|bin|ibn|abu|ben)\s+)?\p{Lu}[\p{L}'-]+)+/u;
/** How far back a "he said" looks for the person it stands for (characters). */
const PRONOUN_REACH = 1500;

export interface SourceContext {
  doc: Doc;
  mentions: IndexedMention[];
}

/** What kind of source a phrase (clean-view range) names, and where exactly; null when it names none. */
export function classifySource(ctx: SourceContext, vs: number, ve: number): ClaimSource | null {
  const { doc } = ctx;
  const text = doc.view.text.slice(vs, ve);
  const trimmed = text.trim();
  const at = (a: number, b: number, kind: ClaimSource['kind'], entity: string | null = null): ClaimSource => {
    const span = doc.spanFromView(vs + a, vs + b);
    return { kind, text: span.text, start: span.start, end: span.end, entity };
  };
  const original = doc.spanFromView(vs, ve);
  const found = mentionsWithin(ctx.mentions, original.start, original.end);
  const anonymous = anonymousPhrase(text);
  if (MARKER.test(text)) {
    return anonymous ? at(anonymous[0], anonymous[1], 'anonymous') : at(text.indexOf(trimmed), text.indexOf(trimmed) + trimmed.length, 'anonymous');
  }
  const person = found.find((m) => m.type === 'person');
  if (person) return { kind: 'named-person', ...doc.span(person.start, person.end), entity: person.entity };
  const document = documentPhrase(text);
  if (document) return at(document[0], document[1], 'document');
  if (anonymous) return at(anonymous[0], anonymous[1], 'anonymous');
  const org = found.find((m) => m.type === 'organization');
  if (org) return { kind: 'named-organization', ...doc.span(org.start, org.end), entity: org.entity };
  const start = text.indexOf(trimmed);
  if (PRONOUN.test(trimmed)) {
    const who = lastPersonBefore(ctx.mentions, original.start, PRONOUN_REACH);
    return who ? at(start, start + trimmed.length, 'named-person', who.entity) : null;
  }
  if (AUTHOR.test(trimmed)) return at(start, start + trimmed.length, 'author');
  const name = guessName(text);
  if (name) {
    const words = text.slice(name[0], name[1]).toLowerCase().split(/\s+/);
    return at(name[0], name[1], words.some((x) => ORG_WORDS.has(x)) ? 'named-organization' : 'named-person');
  }
  return null;
}

/** Two or more capitalised words that the entity layer did not know, leading articles left out. */
function guessName(text: string): [number, number] | null {
  const m = NAME.exec(text);
  if (!m) return null;
  let start = m.index;
  let words = m[0].split(/\s+/);
  while (words.length && LEADING.has(words[0].toLowerCase())) {
    start = text.indexOf(words[1] ?? '', start + words[0].length);
    words = words.slice(1);
  }
  return words.length >= 2 ? [start, m.index + m[0].length] : null;
}

/** "Media sources", "specialists and observers": modifiers, the noun, and a noun joined by "and". */
function anonymousPhrase(text: string): [number, number] | null {
  ANON_NOUN.lastIndex = 0;
  const m = ANON_NOUN.exec(text);
  if (!m) return null;
  let start = m.index;
  let end = m.index + m[0].length;
  for (let k = 0; k < 2; k++) {
    const prev = /([\p{L}-]+)\s+$/u.exec(text.slice(0, start));
    if (!prev || !MODIFIERS.has(prev[1].toLowerCase())) break;
    start = prev.index;
  }
  const more = new RegExp(`^\\s+and\\s+(?:${alt(ANONYMOUS_NOUNS.words)})\\b`, 'i').exec(text.slice(end));
  if (more) end += more[0].length;
  return [start, end];
}

/** The written source a phrase (clean-view range) names, if any: "the leaked document". */
export function documentSource(ctx: SourceContext, vs: number, ve: number): ClaimSource | null {
  const found = documentPhrase(ctx.doc.view.text.slice(vs, ve), true);
  if (!found) return null;
  const span = ctx.doc.spanFromView(vs + found[0], vs + found[1]);
  return { kind: 'document', text: span.text, start: span.start, end: span.end, entity: null };
}

/** "the leaked document": the noun and up to four words before it, back to a preposition or a comma. */
function documentPhrase(text: string, last = false): [number, number] | null {
  DOC_NOUN.lastIndex = 0;
  let m = DOC_NOUN.exec(text);
  for (let next = m && last ? DOC_NOUN.exec(text) : null; next; next = DOC_NOUN.exec(text)) m = next;
  if (!m) return null;
  let start = m.index;
  for (let k = 0; k < 4; k++) {
    const prev = /([\p{L}'-]+)[\s"]+$/u.exec(text.slice(0, start));
    if (!prev || STOP.has(prev[1].toLowerCase())) break;
    start = prev.index;
  }
  return [start, m.index + m[0].length];
}

