import type { DateMention, Severity } from '../dossier/contract.js';
import { bounds } from '../dates/calendar.js';

/** A date written out in full in the text: not read against the publication date, not "early" or "the end of". */
export function isExplicit(d: DateMention): boolean {
  return d.anchor === 'absolute' && d.precision !== 'approximate';
}

/** Critical only when both dates are explicit; otherwise a warning to look at. */
export function severityOf(...dates: DateMention[]): Severity {
  return dates.every(isExplicit) ? 'critical' : 'warning';
}

/** True when the event certainly ends after the date: its last part starts after every day the date can mean. */
export function certainlyAfter(event: DateMention, date: DateMention): boolean {
  const lastPart = event.value.split('/').pop() ?? event.value;
  return bounds(lastPart).first > bounds(date.value).last;
}

/** True when two dates cannot mean the same day. */
export function disjoint(a: DateMention, b: DateMention): boolean {
  const x = bounds(a.value);
  const y = bounds(b.value);
  return x.last < y.first || y.last < x.first;
}

/** "12 March 2016 (2016-03-12)" for messages. */
export function shown(d: DateMention): string {
  const t = d.text.replace(/\s+/g, ' ').trim();
  return t === d.value ? t : `${t} (${d.value})`;
}
