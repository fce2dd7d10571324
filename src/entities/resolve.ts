/**
 * Turns runs of name words into typed mentions: splits runs that only an organisation name may hold
 * together, trims what is not part of a name (sentence-initial words, titles, nationality adjectives)
 * and types the rest. Mentions never overlap: each comes from its own stretch of tokens.
 */
import type { Doc, Mention } from '../doc/document.js';
import type { Chunk, Word } from './chunks.js';
import { classify, headKeyword, isCommon, isDemonym, isKnownDemonym } from './classify.js';
import { lexicon } from './lexicon.js';
import { mentionAt } from './mention.js';
import { SURNAME_FIRST } from './rules/names.js';
import { surface, titleCase } from './surface.js';
import { COURTESY_TITLES, DOCUMENT_WORDS, FACILITY_MODIFIERS, FACILITY_NOUNS_AFTER, HEAD_TYPE, NAME_CONNECTORS, NEVER, TITLES } from './rules/keywords.js';
import { POST_NOMINALS } from './rules/names.js';
import { split } from './split.js';

const ARTICLES = new Set(['The', 'A', 'An', 'THE']);
const COMPASS_WORD = /^(?:East|West|North|South|Central|Northern|Southern|Eastern|Western)$/;

function isTitle(w: Word): boolean {
  const bare = w.text.replace(/\.$/, '');
  return TITLES.has(bare) || (bare.endsWith('s') && TITLES.has(bare.slice(0, -1)));
}

/** A lone word touching "/" or a number is part of a code ("392 / R.T.D", "ROT-2019/4471"), not a name. */
function inCode(doc: Doc, chunk: Chunk): boolean {
  const before = doc.tokens[chunk.first - 1];
  const after = doc.tokens[chunk.next];
  const afterThat = doc.tokens[chunk.next + 1];
  const word = chunk.words[0];
  const dashNumber = after?.norm === '-' && after.start === word.end && afterThat?.kind === 'number' && afterThat.start === after.end;
  return chunk.words.length === 1 && (before?.norm === '/' || after?.norm === '/' || (before?.kind === 'number' && before.end === word.start) || dashNumber);
}

interface Trimmed {
  words: Word[];
  titled: boolean;
  /** First word of the titles just before the name ("Mr" of "Mr Usmonov"). */
  title: Word | null;
}

const TITLED = new WeakMap<Mention, string>();

/** The name with the title the text put before it ("Mr Usmonov"), when it had one. */
export function titledForm(m: Mention): string | null {
  return TITLED.get(m) ?? null;
}

/** The title the text put before a person's name ("Dr"), without its dot. */
export function titleOf(m: Mention): string | null {
  return TITLED.get(m)?.split(' ')[0].replace(/\.$/, '') ?? null;
}

/**
 * Whether a sentence-initial ordinary word is part of the name after all: a first name or East Asian
 * family name before more name ("Will Hartley", "Park Hyun-woo"), a particle's capital ("Van der Molen"),
 * or the front of a keyword-headed name ("General Directorate ...").
 */
function keepsCapital(w: Word, next: Word | undefined, more: boolean, keepFront: boolean): boolean {
  if (!more) return false;
  if (keepFront || lexicon().firstNames.has(w.text) || SURNAME_FIRST.has(w.text)) return true;
  return next !== undefined && next.connector && NAME_CONNECTORS.has(next.text) && NAME_CONNECTORS.has(w.text.toLowerCase());
}

/** Drops from the front what is not part of the name; `titled` when a title stood before it. */
function trim(words: Word[], nextIsLower: boolean): Trimmed {
  const lex = lexicon();
  let ws = [...words];
  let titled = false;
  let title: Word | null = null;
  const whole = (): string => ws.map((w) => w.text).join(' ');
  const organisational = headKeyword(ws)?.type;
  const keepFront = organisational !== undefined && organisational !== 'person';
  let initial = ws[0]?.initial ?? false;
  for (let guard = 0; ws.length && guard < 12; guard++) {
    const w = ws[0];
    const rest = ws.slice(1).filter((x) => !x.connector);
    const w0 = whole();
    if (lex.places.has(w0) || lex.organizations.has(w0) || (w0 === w0.toUpperCase() && lex.places.has(titleCase(w0)))) break;
    let afterTitle = false;
    if (!keepFront && isTitle(w) && rest.length) {
      titled = true;
      title ??= w;
      afterTitle = true;
    } else if (title !== null && w.connector && NAME_CONNECTORS.has(w.text) && ws.slice(1).some((x) => !x.connector)) {
      // "Mr van der Berg": after a title, a particle opens the surname.
      break;
    } else if (w.connector || ARTICLES.has(w.text) || NEVER.has(w.text)) title = null;
    else if (initial && isCommon(w.text) && !keepsCapital(w, ws[1], rest.length > 0, keepFront)) title = null;
    else if (!keepFront && rest.length && isKnownDemonym(w.text)) title = null;
    else break;
    ws = ws.slice(1);
    // "Mr Park", "Mr De Wachter" opening a sentence: after a title, a capital is the name's own.
    initial = afterTitle ? ws[0]?.initial === true : initial || ws[0]?.initial === true;
  }
  const trailing = (w: Word): boolean => w.connector || (NEVER.has(w.text) && !HEAD_TYPE.has(w.text) && !(keepFront && DOCUMENT_WORDS.has(w.text)));
  while (ws.length > 1 && trailing(ws[ws.length - 1])) ws = ws.slice(0, -1);
  if (ws.length === 1 && ws[0].connector) ws = [];
  // "Anjali Venkataraman MP": a post-nominal title ends the name.
  if (ws.length > 2 && POST_NOMINALS.has(ws[ws.length - 1].text.replace(/\.$/, ''))) {
    ws = ws.slice(0, -1);
    titled = true;
  }
  if (ws.length === 1 && isDemonym(ws[0].text, nextIsLower)) ws = [];
  // A lone letter ("Q:", "A:") or a sentence-opening adverb ("Honestly,") names nothing.
  if (ws.length === 1 && (ws[0].text.length < 2 || (initial && /^\p{Lu}\p{Ll}{3,}ly$/u.test(ws[0].text)))) ws = [];
  // "East African": a compass word before a people's adjective.
  if (ws.length === 2 && COMPASS_WORD.test(ws[0].text) && isKnownDemonym(ws[1].text)) ws = [];
  return { words: ws, titled, title: ws.length ? title : null };
}

/** True when nothing in the run is a name: common words, titles, a lone keyword. */
function empty(words: Word[], personWords: Set<string>): boolean {
  const names = words.filter((w) => !w.connector);
  if (!names.length) return true;
  if (names.length === 1 && personWords.has(names[0].text) && !NEVER.has(names[0].text)) return false;
  const hollow = (w: Word): boolean => isCommon(w.text) || NEVER.has(w.text) || isTitle(w) || HEAD_TYPE.has(w.text);
  if (names.length === 1) return hollow(names[0]) && !lexicon().places.has(names[0].text) && !lexicon().organizations.has(names[0].text);
  if (headKeyword(words)) return false;
  return names.every(hollow);
}

// "Nairobi-based", "Kremlin-backed", "EU-funded": a name joined to a participle or adjective.
const COMPOUND = /^(.+)-(?:based|affiliated|born|led|owned|run|registered|backed|funded|linked|controlled|headquartered|made|built|flagged|\p{Ll}{3,}(?:ed|ing|ive|free|wide|like|style|friendly|related|era))$/u;

/**
 * "Mombasa-based Savanna Medical Supplies Ltd": the compound describes the name, it is not part of it.
 * A known place before the hyphen is a mention of its own.
 */
function splitCompound(doc: Doc, words: Word[], out: Mention[]): Word[] {
  const at = words[0] && (ARTICLES.has(words[0].text) || NEVER.has(words[0].text)) ? 1 : 0;
  const w = words[at];
  const m = COMPOUND.exec(w?.text ?? '');
  if (!m) return words;
  // The hyphen is found in the original text: its accents may be decomposed, so lengths differ from the view.
  const hyphen = doc.text.lastIndexOf('-', w.end - 1);
  if (lexicon().places.has(m[1]) && hyphen > w.start) out.push(mentionAt(doc, w.start, hyphen, 'location', 'place gazetteer'));
  return words.slice(at + 1);
}

/** The facility noun after a name, with at most one modifier between ("Zintara oil complex"). */
function facilityNoun(doc: Doc, next: number): { end: number; norm: string } | null {
  const a = doc.tokens[next];
  const b = doc.tokens[next + 1];
  if (a && FACILITY_NOUNS_AFTER.has(a.norm)) return a;
  if (a && b && FACILITY_MODIFIERS.has(a.norm) && b.kind === 'word' && FACILITY_NOUNS_AFTER.has(b.norm)) return { end: b.end, norm: `${a.norm} ${b.norm}` };
  return null;
}

/** The mentions of one run of name words. */
export function resolveChunk(doc: Doc, chunk: Chunk, lowerInDoc: Set<string>, personWords: Set<string>): Mention[] {
  const after = doc.tokens[chunk.next];
  const nextLower = after && after.kind === 'word' && /^\p{Ll}/u.test(after.norm) ? after.norm : null;
  if (inCode(doc, chunk)) return [];
  const out: Mention[] = [];
  const parts = split(splitCompound(doc, chunk.words, out));
  parts.forEach((part, n) => {
    const last = n === parts.length - 1;
    const { words, titled, title } = trim(part, last ? nextLower !== null : false);
    const surname = title !== null && words.length === 1 && COURTESY_TITLES.has(title.text.replace(/\.$/, '')) && !NEVER.has(words[0].text);
    if (!surname && empty(words, personWords)) return;
    if (words.length === 1 && !titled && lowerInDoc.has(words[0].text.toLowerCase()) && !personWords.has(words[0].text)) return;
    const prev = doc.tokens[chunk.first - 1];
    const before = n === 0 && words[0].start === chunk.words[0].start && prev?.kind === 'word' ? prev.norm : null;
    const typed = classify(words, last ? nextLower : null, titled, before);
    let end = words[words.length - 1].end;
    const open = typed.type === 'other' || typed.rule.startsWith('after ');
    const noun = last && open && nextLower ? facilityNoun(doc, chunk.next) : null;
    if (noun) [end, typed.type, typed.rule] = [noun.end, 'facility', `followed by "${noun.norm}"`];
    const mention = mentionAt(doc, words[0].start, end, typed.type, typed.rule);
    if (title && typed.type === 'person') TITLED.set(mention, surface(doc.text.slice(title.start, mention.end)));
    out.push(mention);
  });
  return out;
}
