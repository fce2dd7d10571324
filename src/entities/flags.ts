/** The `name-variant` flag: one entity written in different ways (not back-references, not declared aliases). */
import type { Doc } from '../doc/document.js';
import type { Entity, Flag } from '../dossier/contract.js';
import { formOf, type Merge } from './group.js';

const WHY: Record<string, string> = {
  spelling: 'spelling or transliteration variants',
  wording: 'similar long names of one body',
};

export function variantFlags(doc: Doc, entities: Entity[], merges: Map<string, Merge[]>): Flag[] {
  const flags: Flag[] = [];
  for (const e of entities) {
    const own = (merges.get(e.id) ?? []).filter((m) => m.kind === 'spelling' || m.kind === 'wording');
    if (!own.length) continue;
    const spellings: string[] = [];
    for (const m of own) for (const f of [m.a, m.b]) if (!spellings.includes(f)) spellings.push(f);
    const evidence = spellings
      .map((f) => e.mentions.find((s) => formOf(s) === f))
      .filter((s) => s !== undefined);
    const kinds = [...new Set(own.map((m) => WHY[m.kind]))].join(' and ');
    flags.push({
      kind: 'name-variant',
      severity: 'info',
      message: `${e.name} is written ${spellings.length} ways: ${spellings.map((s) => `"${s}"`).join(', ')} (${kinds})`,
      evidence,
    });
  }
  return flags;
}
