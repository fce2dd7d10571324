import type { Doc } from '../doc/document.js';
import type { Claim, Flag } from '../dossier/contract.js';

/** A claim this check-worthy with no source is a warning, not just a note. */
const WARN_UNSOURCED = 0.8;

/** `anonymous-source` for claims resting on unnamed sources, `unsourced-claim` for check-worthy claims with none. */
export function sourceFlags(doc: Doc, claims: Claim[]): Flag[] {
  const flags: Flag[] = [];
  for (const c of claims) {
    const claimSpan = doc.span(c.start, c.end);
    const src = c.source;
    if (src.kind === 'anonymous' && src.start !== null && src.end !== null) {
      flags.push({
        kind: 'anonymous-source',
        severity: 'warning',
        message: `${c.id} rests on an unnamed source: "${src.text}"`,
        evidence: [doc.span(src.start, src.end), claimSpan],
      });
    } else if (src.kind === 'unattributed') {
      flags.push({
        kind: 'unsourced-claim',
        severity: c.checkworthiness >= WARN_UNSOURCED ? 'warning' : 'info',
        message: `${c.id} is check-worthy (${c.checkworthiness.toFixed(2)}) and names no source`,
        evidence: [claimSpan],
      });
    }
  }
  return flags;
}
