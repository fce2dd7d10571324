import type { Stage } from '../pipeline/stage.js';
import { fileFacts } from './facts.js';
import type { ForensicRule } from './rule.js';
import { authorMismatchRule } from './rules/author-mismatch.js';
import { dateMismatchRule } from './rules/date-mismatch.js';
import { incrementalEditsRule } from './rules/incremental-edits.js';
import { mailDatesRule } from './rules/mail-dates.js';
import { producerAnachronismRule } from './rules/producer-anachronism.js';
import { scannedRule } from './rules/scanned.js';

export const FORENSIC_RULES: ForensicRule[] = [dateMismatchRule, mailDatesRule, producerAnachronismRule, authorMismatchRule, scannedRule, incrementalEditsRule];

/** File forensics: compares what the file's metadata says with what its text says. */
export const forensicsStage: Stage = {
  name: 'forensics',
  requires: ['dates'],
  assigns: ['flags'],
  run(doc) {
    const facts = fileFacts(doc.metadata);
    for (const rule of FORENSIC_RULES) doc.flags.push(...rule.check(doc, facts));
  },
};
