import type { Flag } from '../../dossier/contract.js';
import type { ForensicRule } from '../rule.js';
import { daysBetween, evidenceOf, latestReportedDate, statedDate } from '../stated-date.js';

/** Tolerances in days, each with why. */
export const DATE_TOLERANCE = {
  /** Time zones and a draft saved the evening before its date. */
  createdBefore: 1,
  /** A file first saved more than a year after its own date is a later copy, a re-save or a re-creation. */
  createdLongAfter: 365,
  /** Saving a file the day after sending it is common (a copy kept); later edits are not. */
  modifiedAfterSent: 1,
  /** Time zones: a letter dated the day after the e-mail carrying it may still be genuine. */
  statedAfterSent: 1,
  /** A text can report an event from the day its file was last saved. */
  reportedAfterModified: 1,
};

const day = (iso: string) => iso.slice(0, 10);

export const dateMismatchRule: ForensicRule = {
  kind: 'metadata-date-mismatch',
  reason: 'the file metadata dates disagree with the dates the document gives itself',
  check(doc, facts) {
    const flags: Flag[] = [];
    const stated = statedDate(doc);
    const flag = (severity: Flag['severity'], message: string, evidence = evidenceOf(stated)): void => {
      flags.push({ kind: 'metadata-date-mismatch', severity, message, evidence });
    };
    if (stated && facts.created) {
      const gap = daysBetween(stated.value, facts.created);
      if (gap < -DATE_TOLERANCE.createdBefore) {
        flag('warning', `file created ${day(facts.created)} (metadata), ${-gap} days before the date the document states (${stated.value})`);
      } else if (gap > DATE_TOLERANCE.createdLongAfter) {
        flag('info', `file created ${day(facts.created)} (metadata), ${gap} days after the date the document states (${stated.value}): a later copy or re-creation`);
      }
    }
    if (stated && facts.modified && !facts.created) {
      const gap = daysBetween(stated.value, facts.modified);
      if (gap < -DATE_TOLERANCE.createdBefore) flag('warning', `file last modified ${day(facts.modified)} (metadata), ${-gap} days before the date the document states (${stated.value})`);
    }
    if (facts.sent && facts.modified && daysBetween(facts.sent, facts.modified) > DATE_TOLERANCE.modifiedAfterSent) {
      flag('warning', `file modified ${day(facts.modified)} (metadata), after the e-mail it came with was sent (${day(facts.sent)})`, []);
    }
    if (stated && facts.sent && daysBetween(facts.sent, stated.value) > DATE_TOLERANCE.statedAfterSent) {
      flag('warning', `the document states ${stated.value}, after the e-mail it came with was sent (${day(facts.sent)})`);
    }
    const latest = latestReportedDate(doc);
    if (latest && facts.modified && daysBetween(facts.modified, latest.value) > DATE_TOLERANCE.reportedAfterModified) {
      flag('warning', `the text reports ${latest.value}, after the file was last modified (${day(facts.modified)}, metadata)`, evidenceOf(latest));
    }
    return flags;
  },
};
