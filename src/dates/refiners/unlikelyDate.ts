import type { ParsingResult, Refiner } from 'chrono-node';

/** Words that make a lone month name or weekday a date ("in May", "on Monday", "last March"). */
const CUE_WORDS = 'in|on|since|by|until|till|from|of|during|last|next|this|early|late|mid|before|after|between|and|to|through|past';
const LONE_NAME_CUE = new RegExp(`\\b(?:${CUE_WORDS})\\s*$`, 'i');
const LEADING_CUE = new RegExp(`^(?:${CUE_WORDS})\\s`, 'i');

/** Results to drop, each with why. */
export const UNLIKELY: Array<{ test: (r: ParsingResult, before: string) => boolean; reason: string }> = [
  {
    test: (r) => !['year', 'month', 'day', 'weekday'].some((c) => r.start.isCertain(c as 'year')),
    reason: 'a time of day alone is not a date',
  },
  {
    test: (r, before) => /^(?:last|past|next)\s+(?:years|months|weeks|days)$/i.test(r.text.trim()) || /\b(?:his|her|their|its|my|our|your)\s+$/i.test(before),
    reason: '"in his last years" is a span of a life, not a date',
  },
  {
    test: (r) => /\b(?:before|after|earlier|later)$/i.test(r.text.trim()) && ![...r.tags()].some((t) => t.startsWith('dossier/anaphoric')),
    reason: '"three weeks before the vote" counts from an event, not from publication',
  },
  {
    test: (r) => r.tags().has('casualReference/now') || /^now$/i.test(r.text.trim()),
    reason: '"now" ("act now") is not a dated event',
  },
  {
    test: (r, before) =>
      !r.start.isCertain('year') && !r.start.isCertain('day') && !LONE_NAME_CUE.test(before) && !LEADING_CUE.test(r.text) && !/\b(?:last|next|this|ago)\b/i.test(r.text),
    reason: 'a month name or weekday alone ("May", "March on") needs a preposition to be a date',
  },
];

export const unlikelyDateFilter: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      const before = context.text.slice(Math.max(0, r.index - 12), r.index);
      return !UNLIKELY.some((u) => u.test(r, before));
    });
  },
};
