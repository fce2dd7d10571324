/** Makes contract entities out of grouped mentions: type by vote, fullest name, every form as an alias. */
import type { Doc, Mention } from '../doc/document.js';
import type { Entity, EntityType } from '../dossier/contract.js';
import type { Grouping, Merge } from './group.js';
import { titledForm } from './resolve.js';

/** How much a mention's rule says about its type; rules not listed say nothing (0). */
const RULE_WEIGHT: Array<[prefix: string, weight: number]> = [
  ['keyword', 3],
  ['place gazetteer', 3],
  ['organisation gazetteer', 3],
  ['known organisation', 3],
  ['translation in', 2],
  ['title before', 3],
  ['followed by', 2],
  ['after "', 1],
  ['acronym', 2],
  ['first-name', 2],
  ['East Asian', 2],
  ['name particle', 2],
  ['Arabic name particle', 2],
  ['run of uncommon', 1],
];

function weight(m: Mention): number {
  return RULE_WEIGHT.find(([p]) => m.rule.startsWith(p))?.[1] ?? 0;
}

function voteType(ms: Mention[]): EntityType {
  const votes = new Map<EntityType, number>();
  // On a tie the fuller name decides: "Port of Halden Authority" says more than "Port of Halden".
  for (const m of ms) votes.set(m.type, (votes.get(m.type) ?? 0) + weight(m) + 0.001 + (m.end - m.start) * 1e-6);
  let best: EntityType = 'other';
  let top = 0;
  for (const [type, v] of votes) {
    if (type !== 'other' && v > top) [best, top] = [type, v];
  }
  return top >= 1 || !votes.has('other') ? best : 'other';
}

export interface Built {
  entities: Entity[];
  /** The merges of each entity, by entity id, for the variant flag. */
  merges: Map<string, Merge[]>;
}

export function buildEntities(doc: Doc, mentions: Mention[], grouping: Grouping): Built {
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const r = grouping.root(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)?.push(i);
  });
  const ordered = [...groups.values()].sort((a, b) => mentions[a[0]].start - mentions[b[0]].start);
  const mergesOf = new Map<number, Merge[]>();
  for (const m of grouping.merges) {
    const r = grouping.root(m.i);
    if (!mergesOf.has(r)) mergesOf.set(r, []);
    mergesOf.get(r)?.push(m);
  }
  const entities: Entity[] = [];
  const merges = new Map<string, Merge[]>();
  ordered.forEach((idx, n) => {
    const id = `E${n + 1}`;
    const ms = idx.map((i) => mentions[i]);
    const type = voteType(ms);
    const seen = new Set<string>();
    for (const i of idx) for (const f of [grouping.forms[i], titledForm(mentions[i])]) if (f) seen.add(f);
    const aliases = [...seen];
    // The fullest form the text gives as the thing's own name, not as an alias of it.
    const own = idx.filter((i) => !grouping.aliasTargets.has(i));
    const candidates = (own.length ? own : idx).map((i) => grouping.forms[i]);
    // The most words; among equals the form used most, then the first used.
    const uses = new Map<string, number>();
    for (const f of candidates) uses.set(f, (uses.get(f) ?? 0) + 1);
    let name = candidates[0];
    let top = -1;
    for (const [f, n] of uses) {
      const rank = f.split(/[\s-]+/).length * 10000 + n;
      if (rank > top) [name, top] = [f, rank];
    }
    const own_merges = mergesOf.get(grouping.root(idx[0])) ?? [];
    merges.set(id, own_merges);
    for (const m of ms) m.type = type;
    entities.push({
      id,
      type,
      name,
      aliases,
      mentions: ms.map((m) => doc.span(m.start, m.end)),
      variants: own_merges.map(({ a, b, score, reason }) => ({ a, b, score, reason })),
    });
  });
  return { entities, merges };
}
