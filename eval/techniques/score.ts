import { existsSync, readFileSync } from 'node:fs';
import { Doc } from '../../src/doc/document.js';
import { TECHNIQUE_LABELS, type Technique } from '../../src/dossier/contract.js';
import { segmentStage } from '../../src/segment/stage.js';
import { findTechniques } from '../../src/techniques/stage.js';

const HERE = new URL('.', import.meta.url).pathname;
export const CASES_FILE = `${HERE}cases.tsv`;
export const GMB_FILE = new URL('../../../shared/data/ner/gmb_kaggle/ner_dataset.csv', import.meta.url).pathname;

/** One labelled sentence: the labels it may carry (none for a neutral one) and the marked phrase. */
export interface TechniqueCase {
  line: number;
  labels: string[];
  text: string;
  /** The marked phrase in `text` (UTF-16 offsets); empty for a neutral sentence. */
  start: number;
  end: number;
}

/** Reads cases.tsv: `label<TAB>sentence with [[phrase]]`; "none" marks a neutral sentence; "#" starts a comment. */
export function parseCases(tsv: string): TechniqueCase[] {
  const known = new Set<string>(TECHNIQUE_LABELS);
  const out: TechniqueCase[] = [];
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`cases.tsv line ${i + 1}: no tab between label and sentence`);
    const label = line.slice(0, tab).trim();
    const marked = line.slice(tab + 1);
    const labels = label === 'none' ? [] : label.split('|');
    for (const l of labels) if (!known.has(l)) throw new Error(`cases.tsv line ${i + 1}: unknown label "${l}"`);
    const open = marked.indexOf('[[');
    const close = marked.indexOf(']]');
    if (labels.length === 0) {
      if (open >= 0) throw new Error(`cases.tsv line ${i + 1}: a neutral sentence has a marked phrase`);
      out.push({ line: i + 1, labels, text: marked, start: 0, end: 0 });
      return;
    }
    if (open < 0 || close < open + 3 || marked.indexOf('[[', open + 2) >= 0) throw new Error(`cases.tsv line ${i + 1}: mark exactly one phrase with [[...]]`);
    const text = marked.slice(0, open) + marked.slice(open + 2, close) + marked.slice(close + 2);
    out.push({ line: i + 1, labels, text, start: open, end: close - 2 });
  });
  return out;
}

export function loadCases(): TechniqueCase[] {
  return parseCases(readFileSync(CASES_FILE, 'utf8'));
}

/** The techniques found in a plain text (segmentation only, no quotes). */
export function techniquesOf(text: string): Technique[] {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  return findTechniques(doc);
}

/** A case is found when a technique with one of its labels overlaps the marked phrase. */
export function caseFound(c: TechniqueCase, found: Technique[]): boolean {
  return found.some((t) => c.labels.includes(t.label) && t.start < c.end && c.start < t.end);
}

export function gmbAvailable(): boolean {
  return existsSync(GMB_FILE);
}

/**
 * The Voice of America sentences of the GMB corpus, rebuilt from its one-token-a-row CSV
 * ("Sentence: N" in the first column starts a sentence; the word is the second field).
 */
export function gmbSentences(csv: string, limit: number): string[] {
  const out: string[] = [];
  let words: string[] = [];
  const lines = csv.split('\n');
  for (let i = 1; i < lines.length && out.length < limit; i++) {
    const fields = csvFields(lines[i].replace(/\r$/, ''));
    if (fields.length < 4) continue;
    if (fields[0] && words.length) {
      out.push(joinWords(words));
      words = [];
    }
    words.push(fields[1]);
  }
  if (words.length && out.length < limit) out.push(joinWords(words));
  return out;
}

function joinWords(words: string[]): string {
  let s = '';
  for (const w of words) {
    const tight = /^(?:[.,;:!?%)\]]|'s|n't|'re|'ve|'ll|'d|'m)$/i.test(w) || s.endsWith('(') || s.endsWith('$');
    s += s && !tight ? ` ${w}` : w;
  }
  return s;
}

/** The fields of one CSV line; a quoted field may hold commas and doubled quotes. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      let j = i + 1;
      for (; j < line.length; j++) {
        if (line[j] === '"' && line[j + 1] === '"') {
          v += '"';
          j++;
        } else if (line[j] === '"') break;
        else v += line[j];
      }
      out.push(v);
      i = j + 2;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}
