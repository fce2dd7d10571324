import type { ScreeningHit } from '../dossier/contract.js';
import type { Stage } from '../pipeline/stage.js';
import { openScreener } from './open.js';

/**
 * Screens every person and organisation, under each of its names, against the watchlists the caller
 * named. One hit per entity and list entry, the best-scoring name kept.
 */
export const screeningStage: Stage = {
  name: 'screening',
  requires: ['entities'],
  assigns: ['screening'],
  run(doc, options) {
    const lists = options.watchlists ?? [];
    if (!lists.length) return;
    const screener = openScreener(lists, options.store);
    const best = new Map<string, ScreeningHit>();
    for (const entity of doc.entities) {
      if (entity.type !== 'person' && entity.type !== 'organization') continue;
      for (const name of new Set([entity.name, ...entity.aliases])) {
        for (const r of screener.screen(name, { kind: entity.type })) {
          if (!r.hit) continue;
          const key = `${entity.id}\u0000${r.list}\u0000${r.entryId}`;
          const prev = best.get(key);
          if (prev && prev.score >= r.score) continue;
          best.set(key, {
            entity: entity.id,
            list: r.list,
            entryId: r.entryId,
            entryName: r.entryName,
            score: r.score,
            matchedName: r.matchedName,
            explanation: `"${name}" ~ "${r.matchedName}": ${r.explanation}`,
          });
        }
      }
    }
    doc.screening = [...best.values()].sort((a, b) => b.score - a.score);
  },
};
