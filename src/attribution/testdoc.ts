import { Doc } from '../doc/document.js';
import type { Entity, EntityType } from '../dossier/contract.js';
import { segmentStage } from '../segment/stage.js';

/** A segmented document with entities filled by hand: each name becomes one entity with all its occurrences. */
export function docWith(text: string, names: Array<[string, EntityType]> = []): Doc {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  doc.entities = names.map(([name, type], i): Entity => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push(doc.span(at, at + name.length));
    return { id: `E${i + 1}`, type, name, aliases: [name], mentions, variants: [] };
  });
  return doc;
}
