import type { ReferenceKind } from '../dossier/contract.js';

interface KindCue {
  match: RegExp;
  kind: ReferenceKind;
  reason: string;
}

/** Words before a reference that say what it numbers; the nearest one decides. */
export const KIND_CUES: KindCue[] = [
  { match: /\b(?:case|docket|lawsuit|indictment|complaint|petition|appeal|proceedings?|files?)\b/gi, kind: 'case-number', reason: 'a court or prosecution file is numbered by its case' },
  { match: /\b(?:agents?|agent's|informants?|codes?|code-?names?|registration|badge|serial|holds?|holding|held)\b/gi, kind: 'code', reason: 'a person or asset registered under a number holds a code' },
  {
    match: /\b(?:memo(?:randum)?s?|documents?|letters?|correspondence|reports?|circulars?|decrees?|resolutions?|directives?|regulations?|decisions?|orders?|cables?|dispatch(?:es)?|notes?|contracts?|invoices?|minutes|cop(?:y|ies)|polic(?:y|ies)|standards?|procedures?|protocols?|annex(?:es)?|forms?|permits?|licen[cs]es?|certificates?|ref(?:erence)?|numbered)\b/gi,
    kind: 'document-number',
    reason: 'a written record is numbered by its registry',
  },
];

/** How far back (view characters, same line) cue words are looked for. */
const WINDOW = 90;

/** The kind the nearest cue word before `start` gives, or "other". */
export function kindBefore(text: string, start: number): ReferenceKind {
  const from = Math.max(0, start - WINDOW, text.lastIndexOf('\n', start - 1) + 1);
  const window = text.slice(from, start);
  let best: { at: number; kind: ReferenceKind } | null = null;
  for (const cue of KIND_CUES) {
    cue.match.lastIndex = 0;
    for (let m = cue.match.exec(window); m; m = cue.match.exec(window)) {
      const at = m.index + m[0].length;
      if (!best || at > best.at) best = { at, kind: cue.kind };
    }
  }
  return best?.kind ?? 'other';
}
