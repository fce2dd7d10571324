/**
 * Explicit aliases: the text itself says two names are one ("X, alias Y", "X, who is known as Y",
 * "X (XYZ)"). Read from the words between two neighbouring mentions of one sentence.
 */
import type { Doc, Mention } from '../doc/document.js';
import { lexicon } from './lexicon.js';
import { canonicalPlace } from './places.js';
import { surface } from './surface.js';

export interface AliasCue {
  /** Matches the words between the two names, quotes and commas removed, lower case. */
  between: RegExp;
  reason: string;
}

export const ALIAS_CUES: AliasCue[] = [
  { between: /^(?:alias|a\.?k\.?a\.?|aka)$/, reason: 'alias' },
  { between: /^(?:(?:who|which|that) (?:is|was|are|were) )?(?:also |better |more commonly |commonly |widely |otherwise |locally |popularly )?(?:known|referred to)(?: (?:to|in|among|within|by)(?: [a-z]+){1,3})? as$/, reason: 'known as' },
  { between: /^(?:(?:and|also|who (?:is|was)|and (?:is|was)) )?(?:also )?(?:nicknamed|dubbed|codenamed|code-named)$/, reason: 'nicknamed' },
  { between: /^(?:also|otherwise|sometimes|often) called$/, reason: 'also called' },
  { between: /^(?:whose name is |whose name was |(?:which|who) is )?(?:also )?(?:spelled|spelt|written|transliterated)(?: as)?$/, reason: 'also spelled' },
  { between: /^whose (?:real |true |full |birth |original )?name (?:is|was)$/, reason: 'real name' },
  { between: /^(?:formerly|previously|once|born|nee|née)(?: known as| called| named)?$/, reason: 'former or birth name' },
];

const QUOTES = /["'\u00ab\u00bb\u201c\u201d\u2018\u2019\u201e\u2039\u203a]/g;

/** The words between two mentions, as the cue table reads them. */
export function betweenWords(doc: Doc, a: Mention, b: Mention): string {
  return surface(doc.text.slice(a.end, b.start)).replace(QUOTES, ' ').replace(/[,;:]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Initials of a long name: every capitalised word, and every capitalised part after a hyphen. */
function initials(name: string): string {
  return (name.match(/(?:^|[\s-])\p{Lu}/gu) ?? []).map((m) => m.trim().replace('-', '')).join('');
}

/** "AQAP" for "Al-Qaeda in the Arabian Peninsula": the acronym's letters are the name's initials, in order. */
export function acronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || letters !== acronym.replace(/[.\s&-]/g, '').toUpperCase()) return false;
  const init = initials(name);
  if (init[0] !== letters[0]) return false;
  let i = 0;
  for (const ch of init) if (ch === letters[i]) i++;
  return i === letters.length;
}

export interface ExplicitLink {
  a: number;
  b: number;
  reason: string;
}

const NAMING_VERB = /\b(?:dubbed|nicknamed|called|named|baptised|baptized)\s+$/i;

/** "Bay of Kotor Authority (UPBK)", but not "Leeds (UK)" nor a dateline's agency ("LAGOS (AFP)"). */
function ownAcronym(place: Mention, code: string): boolean {
  const lex = lexicon();
  const known = canonicalPlace(code) !== null || lex.places.has(code) || lex.organizations.has(code);
  return !known && place.text !== place.text.toUpperCase() && place.text.includes(' ');
}

/** A name between quotation marks ("'Falcon'", "« Stamp »"). */
function quoted(doc: Doc, m: Mention): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 6), m.start).replace(/\s|the|The/g, '');
  const after = doc.text.slice(m.end, m.end + 3).replace(/\s/g, '');
  return /["'\u00ab\u201c\u2018]$/.test(before) && /^["'\u00bb\u201d\u2019]/.test(after);
}

const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&.-]+(?:\s|$)/u;
const PERSONISH = new Set(['person', 'other']);

/** Can `b` be another name of `a`? A name of unknown kind may be another name of anything but a place. */
function fitsCue(a: Mention, b: Mention): boolean {
  // An ordinary word in quotes ("the Cellar") names a person only: a place may be a part of the one named.
  if (b.rule === 'nickname in quotes') return PERSONISH.has(a.type);
  if (b.type === 'other') return a.type !== 'location';
  if (b.type === 'person') return PERSONISH.has(a.type);
  return a.type === b.type || a.type === 'other';
}

/** The mention a cue's second name refers back to: the nearest one before it of a fitting kind. */
function antecedent(doc: Doc, mentions: Mention[], k: number): number {
  const b = mentions[k];
  for (let i = k - 1; i >= 0 && b.start - mentions[i].end < 200; i--) {
    const a = mentions[i];
    if (doc.sentenceAt(a.start) !== doc.sentenceAt(b.start)) break;
    // "Jin Hai's superintendent": a possessor describes the one renamed, it is not that one.
    if (fitsCue(a, b) && !/^['\u2019]s\b/.test(doc.text.slice(a.end, a.end + 3))) return i;
  }
  return -1;
}

/** Links between neighbouring mentions that the text declares to be the same. */
export function explicitLinks(doc: Doc, mentions: Mention[]): ExplicitLink[] {
  const out: ExplicitLink[] = [];
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1];
    const b = mentions[k];
    if (b.start - a.end > 60 || doc.sentenceAt(a.start) !== doc.sentenceAt(b.start)) continue;
    const raw = surface(doc.text.slice(a.end, b.start));
    const after = doc.text.slice(b.end, b.end + 4);
    if (/^\(?$/.test(raw.replace(/\s/g, '')) && raw.includes('(') && /^\s*["\u00bb\u201d]?\s*\)/.test(after)) {
      if (acronymOf(b.text, a.text)) out.push({ a: k - 1, b: k, reason: 'acronym in parentheses' });
      // Whatever its letters (a name in another language has another acronym), but a place's code is not another name.
      else if (a.type !== 'person' && ACRONYM.test(b.text) && (a.type !== 'location' || ownAcronym(a, b.text))) out.push({ a: k - 1, b: k, reason: 'short name in parentheses' });
      else if (b.rule === 'translation in parentheses') out.push({ a: k - 1, b: k, reason: 'translation in parentheses' });
      else if (a.type === b.type && a.type === 'person') out.push({ a: k - 1, b: k, reason: 'other name in parentheses' });
      continue;
    }
    // "known as "the Mechanic"": the article inside the quotes is not part of the cue.
    const said = betweenWords(doc, a, b).replace(/^(?:and|but|or) /, '');
    const between = said.replace(/(?:^| )the$/, '');
    // A name with an article ("the Cellar") is a person's nickname, or part of a place, not the place.
    if (between !== said && !PERSONISH.has(a.type)) continue;
    // "police dubbed Viktor Salo 'Falcon'": the cue comes before the name, the nickname right after it.
    if (between === '' && b.type === 'other' && quoted(doc, b) && NAMING_VERB.test(doc.text.slice(Math.max(0, a.start - 20), a.start))) {
      out.push({ a: k - 1, b: k, reason: 'explicit alias ("nicknamed")' });
      continue;
    }
    // "Abu Yaqub is Mourad Ben Ferjani": two people's names joined by "is" name one person.
    if (between === 'is' && a.type === 'person' && b.type === 'person' && !/^['\u2019]s\b/.test(after)) {
      out.push({ a: k - 1, b: k, reason: 'explicit identification ("is")' });
      continue;
    }
    let cue = ALIAS_CUES.find((c) => c.between.test(between));
    let near = fitsCue(a, b);
    if (!cue) {
      // "Cheng Yu-lin, Jin Hai's superintendent, known to the crews as Pak Besar": the cue opens the
      // last clause, and the name it renames is the nearest fitting one before.
      const clause = doc.text.slice(a.end, b.start);
      const comma = clause.lastIndexOf(',');
      const tail = comma < 0 ? '' : betweenWords(doc, { ...a, end: a.end + comma + 1 }, b);
      cue = tail ? ALIAS_CUES.find((c) => c.between.test(tail)) : undefined;
      near = false;
    }
    if (!cue) continue;
    const i = near ? k - 1 : antecedent(doc, mentions, k);
    if (i >= 0) out.push({ a: i, b: k, reason: `explicit alias ("${cue.reason}")` });
  }
  return out;
}
