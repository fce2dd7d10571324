import type { DateMention } from '../dossier/contract.js';
import { sentenceAround, within, type CheckContext, type Placed } from './context.js';

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
 * Dates the text gives elsewhere (outside the given ranges) to each event noun: a date in the same sentence just after the
 * noun ("the riots of November 2016", "That strike ... began on 4 May 2018") or just before it.
 */
export function datesOfTerms(ctx: CheckContext, outside: Array<{ start: number; end: number }>): Map<string, Placed<DateMention>[]> {
  const masked = new Uint8Array(ctx.text.length + 1);
  for (const r of outside) masked.fill(1, r.start, r.end);
  const byTerm = new Map<string, Placed<DateMention>[]>();
  for (const m of ctx.text.matchAll(EVENT_HEADS)) {
    if (masked[m.index]) continue;
    const key = termKey(m[0]);
    if (!byTerm.has(key)) byTerm.set(key, []);
    const out = byTerm.get(key)!;
    const sentence = sentenceAround(ctx, m.index);
    const end = m.index + m[0].length;
    const near = within(ctx.dates, Math.max(sentence.start, m.index - BEFORE_REACH - 40), Math.min(sentence.end, end + AFTER_REACH + 40)).filter(
      (d) => (d.start >= end && d.start - end <= AFTER_REACH) || (d.end <= m.index && m.index - d.end <= BEFORE_REACH),
    );
    out.push(...near);
  }
  return byTerm;
}
