import type { Flag } from '../../dossier/contract.js';
import type { ForensicRule } from '../rule.js';

/** Tolerances in hours, each with why. */
export const MAIL_TOLERANCE = {
  /** Clocks of sending machines drift; an hour covers drift and daylight-saving mistakes. */
  receivedBeforeSent: 1,
  /** Queues and retries can hold a message for a day or two; longer is a re-send or a backdated Date. */
  receivedLongAfterSent: 72,
};

const HOUR = 3_600_000;

/** The Date header of a message against the times its servers stamped in the Received chain. */
export const mailDatesRule: ForensicRule = {
  kind: 'metadata-date-mismatch',
  reason: 'the Date header is written by the sender; the Received stamps are written by the servers on the way',
  check(doc, facts) {
    if (doc.format !== 'eml' || !facts.sent || !facts.received.length) return [];
    const sent = Date.parse(facts.sent);
    const times = facts.received.map((r) => Date.parse(r)).filter((t) => !Number.isNaN(t));
    if (!times.length) return [];
    const first = Math.min(...times);
    const last = Math.max(...times);
    const header = typeof doc.metadata.date === 'string' ? doc.metadata.date : null;
    const at = header ? doc.text.indexOf(header) : -1;
    const evidence = at >= 0 ? [doc.span(at, at + header!.length)] : [];
    const flags: Flag[] = [];
    const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
    if (first < sent - MAIL_TOLERANCE.receivedBeforeSent * HOUR) {
      flags.push({ kind: 'metadata-date-mismatch', severity: 'warning', message: `a server received the message at ${iso(first)} (Received header), ${Math.round((sent - first) / HOUR)} hours before its Date header says it was sent (${iso(sent)})`, evidence });
    }
    if (last > sent + MAIL_TOLERANCE.receivedLongAfterSent * HOUR) {
      flags.push({ kind: 'metadata-date-mismatch', severity: 'info', message: `the message was still being relayed at ${iso(last)} (Received header), ${Math.round((last - sent) / HOUR)} hours after its Date header (${iso(sent)}): delayed, re-sent, or dated back`, evidence });
    }
    return flags;
  },
};
