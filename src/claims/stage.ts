import { inheritedSources } from '../attribution/context.js';
import { attributeClaim } from '../attribution/attribute.js';
import { sourceFlags } from '../attribution/flags.js';
import { countWithin, mentionIndex, viewRange } from '../attribution/mentions.js';
import { findHedges } from '../attribution/hedges.js';
import type { Doc } from '../doc/document.js';
import type { Claim } from '../dossier/contract.js';
import type { Stage } from '../pipeline/stage.js';
import { scoreSentence } from './score.js';

/** Sentences at or above this score are claims. */
export const CLAIM_THRESHOLD = 0.4;
/** An assertion someone is on record for is a claim at a lower score. */
const REPORTED_THRESHOLD = 0.3;
/** Numbered points are claims of their document even when they are terse. */
const LIST_THRESHOLD = 0.25;
const LIST_ITEM = /^\s*\d{1,3}[.)]\s/;

/** The check-worthy sentences of a document, each with its source and hedges. */
export function findClaims(doc: Doc): Claim[] {
  const mentions = mentionIndex(doc);
  const ctx = { doc, mentions };
  const inherited = inheritedSources(ctx);
  const dates = [...doc.dates].sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  let t = 0;
  let d = 0;
  for (const s of doc.sentences) {
    while (t < doc.tokens.length && doc.tokens[t].start < s.start) t++;
    let k = t;
    while (k < doc.tokens.length && doc.tokens[k].end <= s.end) k++;
    while (d < dates.length && dates[d].end <= s.start) d++;
    let inDates = 0;
    for (let k = d; k < dates.length && dates[k].start < s.end; k++) inDates++;
    const r = viewRange(doc, s);
    const text = doc.view.text.slice(r.start, r.end);
    const listItem = LIST_ITEM.test(text);
    const { score, reported } = scoreSentence({ text, tokens: doc.tokens, from: t, to: k, mentions: countWithin(mentions, s.start, s.end), dates: inDates, listItem });
    if (score < (listItem ? LIST_THRESHOLD : reported ? REPORTED_THRESHOLD : CLAIM_THRESHOLD)) continue;
    claims.push({
      id: `C${claims.length + 1}`,
      start: s.start,
      end: s.end,
      text: s.text,
      checkworthiness: score,
      source: attributeClaim(ctx, s, r, score, inherited.get(s) ?? null, claims[claims.length - 1]),
      hedges: findHedges(text),
    });
  }
  return claims;
}

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['sentences', 'tokens', 'entities', 'quotes'],
  assigns: ['claims', 'flags'],
  run(doc) {
    doc.claims = findClaims(doc);
    doc.flags.push(...sourceFlags(doc, doc.claims));
  },
};
