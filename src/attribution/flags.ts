import type { Doc } from '../doc/document.js';
import { ACCUSATION_VERBS } from '../claims/cues.js';
import type { Claim, Flag } from '../dossier/contract.js';

/** An unsourced claim is a warning when it accuses someone; otherwise a note. */
const ACCUSING = new Set(ACCUSATION_VERBS.words);
const WORD = /[\p{L}-]+/gu;
/** Whether a word of the text is an accusation verb; the words are read in place, not split into a list. */
function accuses(text: string): boolean {
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (ACCUSING.has(m[0])) return true;
  return false;
}

/** `anonymous-source` for claims resting on unnamed sources, `unsourced-claim` for check-worthy claims with none. */
export function sourceFlags(doc: Doc, claims: Claim[]): Flag[] {
  const flags: Flag[] = [];
  for (const c of claims) {
    const src = c.source;
    const claimSpan = { start: c.start, end: c.end, text: c.text };
    if (src.kind === 'anonymous' && src.start !== null && src.end !== null) {
      flags.push({
        kind: 'anonymous-source',
        severity: 'warning',
        message: `${c.id} rests on an unnamed source: "${src.text}"`,
        evidence: [doc.span(src.start, src.end), claimSpan],
      });
    } else if (src.kind === 'unattributed') {
      const accusing = accuses(c.text);
      flags.push({
        kind: 'unsourced-claim',
        severity: accusing ? 'warning' : 'info',
        message: `${c.id} is check-worthy (${c.checkworthiness.toFixed(2)}) and names no source${accusing ? ', and it accuses' : ''}`,
        evidence: [claimSpan],
      });
    }
  }
  return flags;
}
