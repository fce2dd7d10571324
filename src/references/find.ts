import type { ReferenceKind } from '../dossier/contract.js';
import type { Candidate, ReferenceParser } from './parser.js';
import { PARSERS } from './parsers/index.js';
import { kindBefore } from './kinds.js';
import { dropNonReferences } from './refiners/not-a-reference.js';
import { dropOverlaps } from './refiners/overlaps.js';
import { normalizeReference } from './token.js';

export interface FoundReference {
  start: number;
  end: number;
  normalized: string;
  kind: ReferenceKind;
  parser: string;
}

/** Finds references in a clean-view text (view offsets): every parser once, then the refiners. */
export function findReferences(text: string, parsers: ReferenceParser[] = PARSERS): FoundReference[] {
  const candidates: Candidate[] = [];
  for (const parser of parsers) {
    parser.pattern.lastIndex = 0;
    for (let m = parser.pattern.exec(text); m; m = parser.pattern.exec(text)) {
      const c = parser.extract(m, text);
      if (c) candidates.push(c);
      if (m[0].length === 0) parser.pattern.lastIndex++;
    }
  }
  const out: FoundReference[] = [];
  for (const c of dropOverlaps(dropNonReferences(candidates, text))) {
    const kind = c.kind ?? kindBefore(text, c.start);
    const normalized = c.normalized ?? normalizeReference(text.slice(c.start, c.end));
    // "Train No. 23", "ranked #2", "locomotive #8": a short bare number is a reference only next to a record word.
    if (kind === 'other' && /^\d{1,3}(?:[-/]\d{1,3})?$/.test(normalized)) continue;
    out.push({ start: c.start, end: c.end, normalized, kind, parser: c.parser });
  }
  return out;
}
