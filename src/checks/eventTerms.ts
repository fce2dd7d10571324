import type { DateMention } from '../dossier/contract.js';
import { sentenceAround, type CheckContext, type Placed } from './context.js';

/** Nouns that name an event a document may speak of, which the text may date elsewhere. */
export const EVENT_HEADS =
  /\b(?:protests?|riots?|uprising|revolution|war|crisis|attacks?|bombings?|massacre|summit|conference|agreement|accord|treaty|audit|scandal|affair|elections?|referendum|fire|floods?|earthquake|storm|hurricane|strikes?|coup|blockade|meetings?|talks|hearings?|sessions?|evidence|testimony|visit|inspection|raid|ceasefire|pandemic|outbreak|merger|takeover|acquisition|collapse|explosion|crash|accident)\b/gi;

const AFTER_REACH = 120;
const BEFORE_REACH = 60;

export function termKey(word: string): string {
  return word.toLowerCase().replace(/s$/, '');
}

/** The event nouns in a range of the view. */
export function eventTerms(ctx: CheckContext, start: number, end: number): string[] {
  return [...new Set([...ctx.text.slice(start, end).matchAll(EVENT_HEADS)].map((m) => termKey(m[0])))];
}

/**
 * Dates the text gives elsewhere to an event noun: a date in the same sentence just after the
 * noun ("the riots of December 2017", "That blockade ... began on 8 July 2019") or just before it.
 */
export function datesOfTerm(ctx: CheckContext, key: string, outside: Array<{ start: number; end: number }>): Placed<DateMention>[] {
  const out: Placed<DateMention>[] = [];
  for (const m of ctx.text.matchAll(EVENT_HEADS)) {
    if (termKey(m[0]) !== key || outside.some((r) => m.index >= r.start && m.index < r.end)) continue;
    const sentence = sentenceAround(ctx, m.index);
    const end = m.index + m[0].length;
    const near = ctx.dates.filter(
      (d) => d.start >= sentence.start && d.end <= sentence.end && ((d.start >= end && d.start - end <= AFTER_REACH) || (d.end <= m.index && m.index - d.end <= BEFORE_REACH)),
    );
    out.push(...near);
  }
  return out;
}
