/**
 * Turns runs of name words into typed mentions: splits runs that only an organisation name may hold
 * together, trims what is not part of a name (sentence-initial words, titles, nationality adjectives)
 * and types the rest. Mentions never overlap: each comes from its own stretch of tokens.
 */
import type { Doc, Mention } from '../doc/document.js';
import type { Chunk, Word } from './chunks.js';
import { classify, headKeyword, isCommon, isDemonym } from './classify.js';
import { lexicon } from './lexicon.js';
import { SURNAME_FIRST } from './rules/names.js';
import { surface } from './surface.js';
import { FACILITY_NOUNS_AFTER, HEAD_TYPE, NEVER, ORG_CONNECTORS, TITLES } from './rules/keywords.js';

const ARTICLES = new Set(['The', 'A', 'An', 'THE']);

const LOCATIVE = new Set(['in', 'on', 'at']);
const LEGAL_FORMS = new Set(['B.V.', 'N.V.', 'BV', 'NV', 'Ltd', 'LLC', 'LLP', 'Inc', 'PLC', 'plc', 'GmbH', 'AG', 'S.A.', 'SA', 'SARL', 'Corp']);

function knownOrganization(words: Word[]): boolean {
  const names = words.filter((w) => !w.connector).map((w) => w.text);
  const lex = lexicon();
  return lex.organizations.has(names.join(' ')) || lex.organizations.has(names.join('-'));
}

/**
 * Whether "of/for/in/to/and" may continue the name begun by `before` into `after`. Only organisation
 * and place names hold such words; "in/on/at" after a building, a company's legal form, a lone
 * keyword, or before a bare place name is where something is, not part of its name.
 */
function holdsConnectors(before: Word[], run: Word[], after: Word[]): boolean {
  // "X and the Y", "X and Ministry of Y": two names in a list.
  if (run[0].text === 'and' && (run.length > 1 || HEAD_TYPE.has(after[0]?.text ?? ''))) return false;
  if (knownOrganization(before)) return true;
  const heads = before.filter((w) => !w.connector && HEAD_TYPE.has(w.text) && HEAD_TYPE.get(w.text)?.type !== 'person');
  if (!heads.length) return false;
  if (!LOCATIVE.has(run[0].text)) return true;
  const last = before[before.length - 1];
  if (before.length === 1 || LEGAL_FORMS.has(last.text) || HEAD_TYPE.get(last.text)?.type === 'facility') return false;
  const place = after.map((w) => w.text).join(' ');
  return run.length > 1 || !lexicon().places.has(place);
}

/** Splits a run where "of/for/in/to/and" joins two names that are not one organisation. */
function split(words: Word[]): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w.connector) {
      current.push(w);
      i++;
      continue;
    }
    let k = i;
    while (k < words.length && words[k].connector) k++;
    const run = words.slice(i, k);
    let e = k;
    while (e < words.length && !words[e].connector) e++;
    const orgOnly = run.some((c) => ORG_CONNECTORS.has(c.text) && c.text !== '&');
    if (orgOnly && !holdsConnectors(current, run, words.slice(k, e))) {
      parts.push(current);
      current = [];
    } else current.push(...run);
    i = k;
  }
  parts.push(current);
  return parts.filter((p) => p.length);
}

function isTitle(w: Word): boolean {
  const bare = w.text.replace(/\.$/, '');
  return TITLES.has(bare) || (bare.endsWith('s') && TITLES.has(bare.slice(0, -1)));
}

/** A lone word touching "/" or a number is part of a code ("745 / K.M.S"), not a name. */
function inCode(doc: Doc, chunk: Chunk): boolean {
  const before = doc.tokens[chunk.first - 1];
  const after = doc.tokens[chunk.next];
  return chunk.words.length === 1 && (before?.norm === '/' || after?.norm === '/' || before?.kind === 'number' && before.end === chunk.words[0].start);
}

interface Trimmed {
  words: Word[];
  titled: boolean;
  /** First word of the titles just before the name ("Mr" of "Mr Nazarov"). */
  title: Word | null;
}

const TITLED = new WeakMap<Mention, string>();

/** The name with the title the text put before it ("Mr Nazarov"), when it had one. */
export function titledForm(m: Mention): string | null {
  return TITLED.get(m) ?? null;
}

/** The title the text put before a person's name ("Dr"), without its dot. */
export function titleOf(m: Mention): string | null {
  return TITLED.get(m)?.split(' ')[0].replace(/\.$/, '') ?? null;
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
    if (lex.places.has(whole()) || lex.organizations.has(whole())) break;
    if (!keepFront && isTitle(w) && rest.length) {
      titled = true;
      title ??= w;
    } else if (w.connector || ARTICLES.has(w.text) || NEVER.has(w.text)) title = null;
    else if (initial && isCommon(w.text) && !((lex.firstNames.has(w.text) || SURNAME_FIRST.has(w.text)) && rest.length) && !(keepFront && rest.length)) title = null;
    else if (!keepFront && rest.length && isDemonym(w.text, true)) title = null;
    else break;
    ws = ws.slice(1);
    initial = initial || ws[0]?.initial === true;
  }
  const trailing = (w: Word): boolean => w.connector || (!keepFront && NEVER.has(w.text));
  while (ws.length && trailing(ws[ws.length - 1])) ws = ws.slice(0, -1);
  if (ws.length === 1 && isDemonym(ws[0].text, nextIsLower)) ws = [];
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

/** The mentions of one run of name words. */
export function resolveChunk(doc: Doc, chunk: Chunk, lowerInDoc: Set<string>, personWords: Set<string>): Mention[] {
  const after = doc.tokens[chunk.next];
  const nextLower = after && after.kind === 'word' && /^\p{Ll}/u.test(after.norm) ? after.norm : null;
  if (inCode(doc, chunk)) return [];
  const parts = split(chunk.words);
  const out: Mention[] = [];
  parts.forEach((part, n) => {
    const last = n === parts.length - 1;
    const { words, titled, title } = trim(part, last ? nextLower !== null : false);
    if (empty(words, personWords)) return;
    if (words.length === 1 && !titled && lowerInDoc.has(words[0].text.toLowerCase()) && !personWords.has(words[0].text)) return;
    const typed = classify(words, last ? nextLower : null, titled);
    let end = words[words.length - 1].end;
    if (last && typed.type === 'other' && nextLower && FACILITY_NOUNS_AFTER.has(nextLower)) {
      [end, typed.type, typed.rule] = [after.end, 'facility', `followed by "${nextLower}"`];
    }
    const mention: Mention = { ...doc.span(words[0].start, end), type: typed.type, rule: typed.rule };
    if (title && typed.type === 'person') TITLED.set(mention, surface(doc.text.slice(title.start, mention.end)));
    out.push(mention);
  });
  return out;
}
