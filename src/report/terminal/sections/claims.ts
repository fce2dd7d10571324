import type { Claim, SourceKind } from '../../../dossier/contract.js';
import { oneLine, type ReportSection } from '../section.js';

/** How many claims the section shows, the most check-worthy first. */
const SHOWN = 12;
const KINDS: Array<[SourceKind, string]> = [
  ['named-person', 'named person'],
  ['named-organization', 'named organisation'],
  ['document', 'document'],
  ['anonymous', 'anonymous'],
  ['author', 'author'],
  ['unattributed', 'no source'],
];

/** "4 named person, 2 anonymous, …": how the claims of a text are sourced. */
export function sourcingProfile(claims: Claim[]): string {
  const counts = new Map<SourceKind, number>();
  for (const c of claims) counts.set(c.source.kind, (counts.get(c.source.kind) ?? 0) + 1);
  return KINDS.filter(([k]) => counts.get(k)).map(([k, name]) => `${counts.get(k)} ${name}`).join(', ');
}

export const claimsSection: ReportSection = {
  title: 'Claims and sources',
  render(d, s) {
    if (d.claims.length === 0) return [];
    const paint: Record<SourceKind, (x: string) => string> = {
      'named-person': s.green, 'named-organization': s.green, document: s.cyan, anonymous: s.yellow, author: s.dim, unattributed: s.red,
    };
    const top = [...d.claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start).slice(0, SHOWN);
    const lines = [`  ${d.claims.length} claims; sourcing: ${sourcingProfile(d.claims)}`];
    for (const c of top) {
      const who = c.source.text ? `${c.source.kind} "${oneLine(c.source.text, 40)}"` : c.source.kind;
      const hedged = c.hedges.length ? s.dim(` (hedged: ${c.hedges.join(', ')})`) : '';
      lines.push(`  ${c.id} ${c.checkworthiness.toFixed(2)} ${paint[c.source.kind](`[${who}]`)} ${oneLine(c.text, 90)}${hedged}`);
    }
    if (d.claims.length > SHOWN) lines.push(s.dim(`  \u2026 and ${d.claims.length - SHOWN} more claims`));
    return lines;
  },
};
