import type { ReferenceKind } from '../dossier/contract.js';

/** A reference a parser found, in clean-view offsets. */
export interface Candidate {
  start: number;
  end: number;
  /** The kind the parser is sure of; null lets the cue words around it decide. */
  kind: ReferenceKind | null;
  /** The parser that found it, so a finding can explain itself. */
  parser: string;
  /** A canonical form when the written one has optional words in it ("IMO No. 9321483" is IMO9321483). */
  normalized?: string;
}

/** One way references are written: a global pattern and how to read a match. */
export interface ReferenceParser {
  name: string;
  pattern: RegExp;
  /** The candidate in a match, or null when the match is not a reference after all. */
  extract(match: RegExpExecArray, text: string): Candidate | null;
  reason: string;
}

/** Builds the candidate for the capture group `group` of a match. */
export function groupCandidate(match: RegExpExecArray, group: number, parser: string, kind: ReferenceKind | null = null): Candidate {
  const value = match[group];
  const start = match.index + match[0].lastIndexOf(value);
  return { start, end: start + value.length, kind, parser };
}
