import { existsSync, readFileSync } from 'node:fs';
import { caseFound, parseCases, techniquesOf, type TechniqueCase } from './score.js';

const HERE = new URL('.', import.meta.url).pathname;

/** Batches written apart from the cue tables, to measure how far the rules reach beyond their own cases. */
export const FRESH_FILES = ['fresh.tsv', 'fresh2.tsv'];

export interface BatchScore {
  positives: number;
  found: number;
  /** Every finding on the batch's sentences, neutral ones included. */
  findings: number;
  /** Findings whose label is one the sentence accepts and which overlap its marked phrase. */
  correct: number;
  neutral: number;
  neutralHits: number;
  misses: string[];
  falseFindings: string[];
}

export function loadBatch(file: string): TechniqueCase[] | null {
  const path = `${HERE}${file}`;
  return existsSync(path) ? parseCases(readFileSync(path, 'utf8')) : null;
}

/** Recall over labelled sentences, precision over all findings, false findings on neutral ones. */
export function scoreBatch(cases: TechniqueCase[]): BatchScore {
  const s: BatchScore = { positives: 0, found: 0, findings: 0, correct: 0, neutral: 0, neutralHits: 0, misses: [], falseFindings: [] };
  for (const c of cases) {
    const techniques = techniquesOf(c.text);
    s.findings += techniques.length;
    if (c.labels.length === 0) {
      s.neutral++;
      s.neutralHits += techniques.length;
      for (const t of techniques) s.falseFindings.push(`line ${c.line}: ${t.label} "${t.text}"`);
      continue;
    }
    s.positives++;
    if (caseFound(c, techniques)) s.found++;
    else s.misses.push(`line ${c.line}: ${c.labels[0]} "${c.text.slice(c.start, c.end)}"`);
    for (const t of techniques) {
      const right = c.labels.includes(t.label) && t.start < c.end && c.start < t.end;
      if (right) s.correct++;
      else s.falseFindings.push(`line ${c.line}: ${t.label} "${t.text}"`);
    }
  }
  return s;
}
