/**
 * What carries a name past a comma or a possessive. A body's remit is often a list of ordinary nouns,
 * capitalised ("Ministry of Equipment, Transport and Logistics"); an office is often named after a
 * role's possessive ("Prosecutor General's Office").
 */
import type { Token } from '../doc/document.js';
import { isCommon, isKnownDemonym } from './classify.js';
import { lexicon } from './lexicon.js';
import { HEAD_TYPE, NEVER, ORG_CONNECTORS, TITLES } from './rules/keywords.js';

/** A list holds at most this many items after the first. */
const MAX_ITEMS = 4;
/** Connectors inside one item of such a list ("Fight against Corruption"). */
const ITEM_CONNECTORS = new Set(['of', 'against', 'the', 'for', 'on', 'in', 'to']);

const CAP = /^\p{Lu}/u;

/** Endings of abstract nouns, which name a remit even when the word list lacks them ("Labour", "Probity"). */
const ABSTRACT = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ity|ance|ence|ure|ing|ism|ics|ry|our|age|ship|ness)$/u;

/** An ordinary word written with a capital, as a remit names it. */
function remitWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !CAP.test(t.norm) || NEVER.has(t.norm)) return false;
  const singular = t.norm.replace(/ies$/, 'y').replace(/s$/, '');
  return isCommon(t.norm) || isCommon(singular) || ABSTRACT.test(t.norm) || ABSTRACT.test(singular) || isKnownDemonym(t.norm);
}

/** Whether the words so far are a body's name with its remit begun ("Ministry of Equipment"). */
export function opensRemit(words: Array<{ text: string; connector: boolean }>): boolean {
  const head = words.findIndex((w) => !w.connector && HEAD_TYPE.get(w.text)?.type === 'organization');
  return head >= 0 && words.slice(head + 1).some((w) => w.connector && ORG_CONNECTORS.has(w.text)) && !words[words.length - 1].connector;
}

export interface ListPart {
  token: number;
  connector: boolean;
}

/**
 * The rest of a remit list starting at the comma `at`: its words, in order, when the list closes with
 * "and" and an item; null when the comma ends the name.
 */
export function remitList(tokens: Token[], at: number, sameLine: (a: Token, b: Token) => boolean): ListPart[] | null {
  const out: ListPart[] = [];
  let j = at;
  for (let items = 0; items < MAX_ITEMS; items++) {
    const sep = tokens[j];
    const closing = sep?.norm === 'and' || (sep?.norm === ',' && tokens[j + 1]?.norm === 'and');
    if (sep?.norm !== ',' && !closing) return null;
    if (sep.norm === ',' && closing) j++;
    if (closing) out.push({ token: j, connector: true });
    j++;
    if (!remitWord(tokens[j]) || !sameLine(tokens[j - 1], tokens[j])) return null;
    // One item: ordinary words, with connectors between them.
    while (remitWord(tokens[j])) {
      out.push({ token: j, connector: false });
      j++;
      if (ITEM_CONNECTORS.has(tokens[j]?.norm ?? '') && remitWord(tokens[j + 1])) {
        out.push({ token: j, connector: true });
        j++;
      }
    }
    if (closing) return out;
  }
  return null;
}

/** "General's Office", "Prosecutor's Office": a role's possessive before a body's keyword. */
export function possessiveOffice(owner: string, prev: Token, next: Token | undefined): boolean {
  if (!next || next.kind !== 'word' || !/'s$/i.test(prev.norm)) return false;
  const stem = prev.norm.slice(0, -2);
  const kind = HEAD_TYPE.get(next.norm)?.type;
  if (kind !== 'organization' && kind !== 'facility') return false;
  // "Canada's Office of ...": a place owns the body, it is not part of its name.
  if (HEAD_TYPE.get(stem)?.type === 'location' || lexicon().places.has(owner) || lexicon().organizations.has(owner)) return false;
  return (TITLES.has(stem) || isCommon(stem)) && !NEVER.has(stem);
}
