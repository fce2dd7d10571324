/** The second recogniser: says what kind of thing a run of name words is, and by which rule. */
import type { EntityType } from '../dossier/contract.js';
import type { Word } from './chunks.js';
import { lexicon } from './lexicon.js';
import { titleCase } from './surface.js';
import { HEAD_TYPE, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE, PLACE_NOUNS_AFTER, PLACE_PREPOSITIONS } from './rules/keywords.js';
import { SURNAME_FIRST } from './rules/names.js';

export interface Typed {
  type: EntityType;
  rule: string;
}

/**
 * The keyword that heads a name: the last one before its first "of/for/in", else the last one; but a
 * body's keyword that ends the name heads it all ("Port of Halden Authority" is an authority).
 */
export function headKeyword(words: Word[]): { word: string; type: EntityType } | null {
  const last = words[words.length - 1];
  const closing = last && !last.connector ? HEAD_TYPE.get(last.text) : undefined;
  if (closing?.type === 'organization' && words.length > 2) return { word: last.text, type: closing.type };
  let found: { word: string; type: EntityType } | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.connector) {
      // "Coast Maritime and Allied Workers Union": the keyword after "and" heads both halves.
      if (found && w.text !== '&' && w.text !== 'and' && i > 0) return found;
      continue;
    }
    const rule = HEAD_TYPE.get(w.text);
    // A keyword alone at the start is a title or a word ("Port Said", "Mount Kenya" stay places by gazetteer).
    if (rule) found = { word: w.text, type: rule.type };
  }
  return found;
}

// "-an" alone is too common an ending of place and personal names ("Ardahan", "Nurlan") to count.
const DEMONYM_SUFFIX = /(?:ian|ese|ish|ist|ists|ians)$/;
const COMPASS = /^(?:East|West|North|South|Central|Northern|Southern|Eastern|Western|Sub-Saharan)$/;

/** "Jordanian", "Kenyan-Somali", "Jihadist": an adjective of a people or a creed, not a name. */
export function isDemonym(text: string, nextIsLower: boolean): boolean {
  const lex = lexicon();
  if (lex.demonyms.has(text)) return true;
  if (lex.places.has(text) || lex.organizations.has(text)) return false;
  const parts = text.split(/[\s-]/);
  if (parts.length > 1) return COMPASS.test(parts[0]) ? isDemonym(parts.slice(1).join(' '), nextIsLower) : isDemonym(parts[parts.length - 1], true);
  return nextIsLower && DEMONYM_SUFFIX.test(text) && !lex.firstNames.has(text);
}

/** Only the word lists, no guessing by ending: for a word in front of a name ("Jordanian King ..."). */
export function isKnownDemonym(text: string): boolean {
  return lexicon().demonyms.has(text) || (text.includes('-') && text.split('-').every((p) => lexicon().demonyms.has(p)));
}

export function isCommon(text: string): boolean {
  return lexicon().common.has(text.toLowerCase());
}

/** Types a trimmed run of name words; `after` is the lower-case word that follows it, if any. */
export function classify(words: Word[], after: string | null, titled: boolean, before: string | null = null): Typed {
  const lex = lexicon();
  const names = words.filter((w) => !w.connector);
  const surface = words.map((w) => w.text).join(' ').replace(/ - /g, '-');
  const head = headKeyword(words);
  // "Al-Qaeda in the Arabian Peninsula": a known organisation with a qualifier is that organisation's kind.
  if (lex.places.has(surface)) return { type: 'location', rule: 'place gazetteer' };
  if (lex.organizations.has(surface)) return { type: 'organization', rule: 'organisation gazetteer' };
  const cut = words.findIndex((w) => w.connector);
  const lead = words.slice(0, cut).map((w) => w.text);
  if (cut > 0 && (lex.organizations.has(lead.join(' ')) || lex.organizations.has(lead.join('-')))) {
    return { type: 'organization', rule: 'known organisation with a qualifier' };
  }
  if (head && names.length > 1) return { type: head.type, rule: `keyword "${head.word}"` };
  // "TEHRAN (Reuters)": a dateline in capitals is still the place.
  if (surface.length > 3 && surface === surface.toUpperCase() && lex.places.has(titleCase(surface))) return { type: 'location', rule: 'place gazetteer' };
  if (titled) return { type: 'person', rule: 'title before the name' };
  if (after && ORG_NOUNS_AFTER.has(after)) return { type: 'organization', rule: `followed by "${after}"` };
  if (before && ORG_NOUNS_BEFORE.has(before)) return { type: 'organization', rule: `after "${before}"` };
  if (names.length === 1) {
    const w = names[0].text;
    if (after && PLACE_NOUNS_AFTER.has(after)) return { type: 'location', rule: `followed by "${after}"` };
    // An unexplained acronym may be a body, a currency or a code: its kind is left open.
    if (/^\p{Lu}{2,6}s?$/u.test(w)) return { type: 'other', rule: 'acronym' };
    if (lex.firstNames.has(w)) return { type: 'person', rule: 'first-name gazetteer' };
    if (before && PLACE_PREPOSITIONS.has(before)) return { type: 'location', rule: `after "${before}"` };
    return { type: 'other', rule: 'capitalised word' };
  }
  // "in Al Hoceima", "near El Fasher": an Arabic article with one name, where a place is expected.
  if (before && PLACE_PREPOSITIONS.has(before) && names.length === 2 && /^(?:Al|El|As|Ar|Ad|Ash|Ech|Es)$/.test(names[0].text)) {
    return { type: 'location', rule: `after "${before}"` };
  }
  if (words.some((w) => w.connector && /^(?:al|el|bin|ibn|ben|bint|abu|van|von|der|de|del|da|dos|ould)$/.test(w.text.toLowerCase()))) {
    return { type: 'person', rule: 'name particle' };
  }
  // "Pieter-Jan De Wachter", "Anna Van Dijk": a surname particle with its capital, inside the name.
  if (names.slice(1, -1).some((w) => /^(?:De|Van|Von|Der|Den|Da|Di|Del|Della|Dos|Das|Du|Ter|Ten)$/.test(w.text)) && !head) {
    return { type: 'person', rule: 'name particle' };
  }
  if (/^(?:al|el|bin|ibn|ben|abu|abou|abd|abdel|abdul)[- ]/i.test(surface) || names.some((w) => /^(?:al|el|bin)-/i.test(w.text))) {
    return { type: 'person', rule: 'Arabic name particle' };
  }
  if (lex.firstNames.has(names[0].text)) return { type: 'person', rule: 'first-name gazetteer' };
  if (names.length <= 3 && SURNAME_FIRST.has(names[0].text) && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(names[names.length - 1].text)) {
    return { type: 'person', rule: 'East Asian family name first' };
  }
  if (names.every((w) => !isCommon(w.text)) && names.length <= 5) return { type: 'person', rule: 'run of uncommon capitalised words' };
  return { type: 'other', rule: 'capitalised words' };
}
