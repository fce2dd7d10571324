import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { overlaps } from '../../src/doc/span.js';
import type { ClaimSource } from '../../src/dossier/contract.js';
import { DossierError } from '../../src/errors.js';
import { analyzeText } from '../../src/pipeline/run.js';
import { occurrences } from '../suites/claims.js';

const HERE = new URL('.', import.meta.url).pathname;
export const CASES_FILE = join(HERE, 'cases.tsv');
const KINDS = new Set<ClaimSource['kind']>(['named-person', 'named-organization', 'anonymous', 'document', 'author', 'unattributed']);
const COLUMNS = ['sentence', 'source', 'kind', 'before', 'after'];
/** Kinds whose source has no place in the text that must be hit. */
const PLACELESS = new Set<ClaimSource['kind']>(['author', 'unattributed']);

/** One labelled sentence: who vouches for it, and the text around it that may carry the attribution. */
export interface SourceCase {
  line: number;
  sentence: string;
  source: string;
  kind: ClaimSource['kind'];
  before: string;
  after: string;
}

const unescape = (s: string) => s.replace(/\\n/g, '\n');

/** Reads the cases file; a malformed line is a one-line error naming it. */
export function parseCases(tsv: string): SourceCase[] {
  const lines = tsv.split(/\r?\n/).map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text.trim() && !l.text.startsWith('#'));
  const [header, ...rows] = lines;
  if (!header || header.text.split('\t').join() !== COLUMNS.join()) throw new DossierError('bad-format', `source cases: the header must be ${COLUMNS.join(', ')}`);
  return rows.map(({ text, line }) => {
    const [sentence = '', source = '', kind = '', before = '', after = ''] = text.split('\t');
    if (!sentence.trim()) throw new DossierError('bad-format', `source cases line ${line}: empty sentence`);
    if (!KINDS.has(kind as ClaimSource['kind'])) throw new DossierError('bad-format', `source cases line ${line}: unknown kind "${kind}"`);
    const passage = unescape(before) + sentence;
    if (source && !passage.includes(source)) throw new DossierError('bad-format', `source cases line ${line}: "${source}" is not in the sentence or the text before it`);
    return { line, sentence, source, kind: kind as ClaimSource['kind'], before: unescape(before), after: unescape(after) };
  });
}

export function loadCases(file = CASES_FILE): SourceCase[] {
  return parseCases(readFileSync(file, 'utf8'));
}

/** What the pipeline made of one case: the source of the claim on the sentence, and whether it is right. */
export interface CaseResult {
  case: SourceCase;
  got: ClaimSource | null;
  right: boolean;
}

export function scoreCase(c: SourceCase): CaseResult {
  const joint = (a: string, b: string) => (!a || /\n$/.test(a) ? a : `${a} `) + b;
  const text = joint(joint(c.before, c.sentence), c.after).trimEnd();
  const start = joint(c.before, '').length;
  const target = { start, end: start + c.sentence.length };
  const dossier = analyzeText({ text });
  const claim = dossier.claims.find((x) => overlaps(x, target));
  const got = claim?.source ?? null;
  let right = got?.kind === c.kind;
  if (right && got && c.source && !PLACELESS.has(c.kind)) {
    const places = occurrences(text, c.source);
    right = got.start !== null && got.end !== null && places.some((o) => overlaps({ start: got.start!, end: got.end! }, o));
  }
  return { case: c, got, right };
}
