import type { Candidate } from '../parser.js';

interface Exclusion {
  name: string;
  /** Tested against the candidate's text with spacing removed. */
  value: RegExp;
  /** Tested against the text just before (`before`) or after (`after`) the candidate, when given. */
  before?: RegExp;
  after?: RegExp;
  /** The exclusion does not apply when this matches the text before. */
  unless?: RegExp;
  reason: string;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

/** Numbers that look like references but are dates, sums, times, scores or phone numbers. */
export const EXCLUSIONS: Exclusion[] = [
  { name: 'day-range', value: /^\d{1,2}\/\d{1,2}$/, after: new RegExp(`^\\s*(?:of\\s+)?${MONTH}\\b`, 'i'), reason: 'two days before a month ("14/15 May") are a date range' },
  { name: 'numeric-date', value: /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$/, reason: 'day, month and year ("23/02/2021") are a date' },
  { name: 'iso-date', value: /^\d{4}-\d{2}(?:-\d{2})?$/, reason: 'year-month(-day) ("2021-02-23") is a date' },
  { name: 'season', value: /^(?:19|20)\d\d[/-]\d\d$/, after: /^\s*(?:season|financial|fiscal|academic|school|budget|campaign|term)\b/i, reason: 'a year and the next ("2019/20 season") name a season' },
  { name: 'money', value: /^\d/, before: /(?:[$\u20AC\u00A3\u00A5]|\b(?:USD|EUR|GBP|CHF|DH|MAD|DZD)\s?)$/, reason: 'a sum of money is not a reference' },
  { name: 'amount', value: /^\d/, after: /^\s*(?:%|per\s?cent|percent|million|billion|thousand|bn|m\b|km|kg|people|years?|dollars|euros)/i, reason: 'a percentage, an amount or a count is not a reference' },
  { name: 'time', value: /^\d{1,2}:\d{2}(?::\d{2})?$/, reason: 'hours and minutes are a time' },
  { name: 'score', value: /^\d{1,2}-\d{1,2}$/, before: /\b(?:won|lost|beat|drew|draw|score[sd]?|victory|defeat|win|loss)\s+(?:\w+\s+)?$/i, reason: 'a result such as "won 3-1" is a score' },
  { name: 'phone', value: /^\+?\d{2,4}(?:[-.]\d{2,4}){2,}$/, reason: 'groups of digits joined by dashes or dots are a phone number' },
  { name: 'phone-cue', value: /^\+?[\d().-]+$/, before: /\b(?:phone|telephone|tel\.?|fax|mobile|call|whatsapp|hotline)\b[^\n]{0,25}$/i, reason: 'a number after "phone" or "call" is a phone number' },
  {
    name: 'named-vessel',
    value: /^\d{1,3}$/,
    before: /\p{Lu}[\p{Ll}\d]+\s+\p{Lu}[\p{Ll}\d]+\s+No\.?\s*$/u,
    unless: /\b(?:Decree|Law|Act|Order|Resolution|Regulation|Directive|Decision|Circular|Memo|Letter|Report|File|Case|Document|Ordinance|Bill|Protocol|Annex|Exhibit)\s+No\.?\s*$/,
    reason: 'a short number after a proper name ("Jin Hai No. 26", "Ocean Star No. 3") is part of the name of a ship or site',
  },
  { name: 'thread-number', value: /^\d{1,3}\/\p{Lu}/u, before: /(?:^|\n)[ \t]*$/, reason: 'a number and slash opening a line ("3/ The ...") counts the posts of a thread' },
  { name: 'year-range', value: /^(?:19|20)\d\d-(?:19|20)?\d\d$/, reason: 'two years joined by a dash are a period' },
];

/** Drops candidates that one of the exclusions explains better. */
export function dropNonReferences(candidates: Candidate[], text: string): Candidate[] {
  return candidates.filter((c) => {
    const value = text.slice(c.start, c.end).replace(/\s+/g, '');
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const after = text.slice(c.end, c.end + 30);
    return !EXCLUSIONS.some((x) => x.value.test(value) && (!x.before || x.before.test(before)) && (!x.after || x.after.test(after)) && !x.unless?.test(before));
  });
}
