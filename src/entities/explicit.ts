/**
 * Explicit aliases: the text itself says two names are one ("X, alias Y", "X, who is known as Y",
 * "X (XYZ)"). Read from the words between two neighbouring mentions of one sentence.
 */
import type { Doc, Mention } from '../doc/document.js';
import { surface } from './surface.js';

export interface AliasCue {
  /** Matches the words between the two names, quotes and commas removed, lower case. */
  between: RegExp;
  reason: string;
}

export const ALIAS_CUES: AliasCue[] = [
  { between: /^(?:alias|a\.?k\.?a\.?|aka)$/, reason: 'alias' },
  { between: /^(?:(?:who|which|that) (?:is|was|are|were) )?(?:also |better |more commonly |commonly |widely |otherwise |locally |popularly )?(?:known|referred to) as$/, reason: 'known as' },
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

/** "AQIM" for "Al-Qaeda in the Islamic Maghreb": the acronym's letters are the name's initials, in order. */
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

/** Links between neighbouring mentions that the text declares to be the same. */
export function explicitLinks(doc: Doc, mentions: Mention[]): ExplicitLink[] {
  const out: ExplicitLink[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (b.start - a.end > 60 || doc.sentenceAt(a.start) !== doc.sentenceAt(b.start)) continue;
    const raw = surface(doc.text.slice(a.end, b.start));
    if (/^["\u00ab\u201c]?\s*\(\s*["\u00ab\u201c]?$/.test(raw) && /^\s*["\u00bb\u201d]?\s*\)/.test(doc.text.slice(b.end, b.end + 4))) {
      if (acronymOf(b.text, a.text)) out.push({ a: i, b: i + 1, reason: 'acronym in parentheses' });
      else if (a.type === b.type && a.type === 'person') out.push({ a: i, b: i + 1, reason: 'other name in parentheses' });
      continue;
    }
    const between = betweenWords(doc, a, b).replace(/^(?:and|but|or) /, '');
    const cue = ALIAS_CUES.find((c) => c.between.test(between));
    if (cue) out.push({ a: i, b: i + 1, reason: `explicit alias ("${cue.reason}")` });
  }
  return out;
}
